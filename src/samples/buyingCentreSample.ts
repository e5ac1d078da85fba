/**
 * The buying-centre tool's sample: the key accounts' buying centres from the case sheet
 * (content/case/{en,pt-br}/horizonte.json `buyingCentres`), with job titles in the page's language and
 * our side named as the staff are (the technical advisor and the logistics coordinator have no names
 * in the case, so the tool's dictionary names their function). Loaded on the click, with the sample
 * loaders. Pure: the widget writes the result through the state layer.
 */
import { BUYING_ROLES, POWER_LEVELS, STANCES, clientKeyFromName } from '../domain/index.ts';
import type { BuyingCentre, BuyingPerson } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { accounts, buyingCentres as centresEn, staff } from '../../content/case/en/horizonte.json';
import { buyingCentres as centresPt } from '../../content/case/pt-br/horizonte.json';

/** How the tool names staff the case sheet leaves unnamed (by their role id). */
export type UnnamedStaff = Record<'technical-advisor' | 'logistics-coordinator', string>;

const pick = <T extends string>(list: readonly T[], value: string, fallback: T): T => (list.includes(value as T) ? (value as T) : fallback);

/** The sample centres by account name (as the sample files spell it), ready to store. */
export function sampleBuyingCentres(
  locale: Locale,
  unnamed: UnnamedStaff,
): { accountName: string; centre: Pick<BuyingCentre, 'team' | 'people'> }[] {
  const staffName = (id: string | null): string => {
    if (id === null) return '';
    const member = staff.find((s) => s.id === id);
    if (member === undefined) return '';
    return member.name ?? unnamed[member.role as keyof UnnamedStaff] ?? member.role;
  };
  const centres = locale === 'pt-br' ? centresPt : centresEn;
  return centres.map((c) => ({
    accountName: accounts.find((a) => a.id === c.account)?.name ?? c.account,
    centre: {
      team: c.team.map((id) => staffName(id)),
      people: c.people.map((p, i): BuyingPerson => ({
        id: `p-${i + 1}`,
        name: p.name,
        jobTitle: p.jobTitle,
        roles: BUYING_ROLES.filter((r) => p.roles.includes(r)),
        power: pick(POWER_LEVELS, p.power, 'medium'),
        stance: pick(STANCES, p.attitude, 'neutral'),
        coveredBy: staffName(p.coveredBy),
      })),
    },
  }));
}

/** The sample centre for each of `accounts` found in the case sheet (matched by name, accents and case ignored). */
export function sampleCentresFor(
  list: readonly { key: string; name: string }[],
  locale: Locale,
  unnamed: UnnamedStaff,
): { key: string; centre: Pick<BuyingCentre, 'team' | 'people'> }[] {
  const byName = new Map(sampleBuyingCentres(locale, unnamed).map((s) => [clientKeyFromName(s.accountName), s.centre]));
  return list.flatMap((a) => {
    const centre = byName.get(clientKeyFromName(a.name));
    return centre === undefined ? [] : [{ key: a.key, centre }];
  });
}
