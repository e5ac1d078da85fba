/**
 * Buying centre: for one account, the people at the customer who take part in the decision (roles,
 * power, attitude), our team, and who of us covers whom; the map reads the gaps and the bow-tie or
 * diamond pattern (domain: buyingCentre.ts, on the plan's own contact rule). Edits autosave through
 * `updateBuyingCentre`; removals can be undone. "Copy into the plan" adds the people to this year's
 * account plan's contacts (merged by name: `mergeIntoPlanContacts`, fetched on the click), with an undo. Account choice,
 * status and the sample button: `useAccountTool`. The map prints on its own (a trainer hands it out).
 */
import { useId } from 'preact/hooks';
import type { BuyingCentre, BuyingPerson } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { lazyImport } from '../../scripts/lazyImport';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { $buyingCentres, $portfolio, getBuyingCentre, restoreBuyingCentre, updateBuyingCentre } from '../../state/index';
import { AccountToolHead } from '../shared/AccountToolbar';
import { PrintButton } from '../shared/PrintButton';
import { useAccountTool } from '../shared/useAccountTool';
import { useStored } from '../shared/useStored';
import { CentreMap, listOf } from './CentreMap';
import { PeopleEditor, TeamEditor } from './PeopleEditor';
import { STRINGS } from './strings';
import type { PlanCopy } from './copyToPlan';
import './BuyingCentre.css';

type Lists = Pick<BuyingCentre, 'team' | 'people'>;

export default function BuyingCentreTool({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($buyingCentres);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const centre = getBuyingCentre(account, all);
  const stored = () => $buyingCentres.get().find((c) => c.accountKey === account);
  const year = new Date().getFullYear();

  const change = (fn: (current: Lists) => Lists) => tool.reportEdit(updateBuyingCentre(account, fn));

  /** A removal, with the centre as it was before it for the undo. */
  function removeWith(next: (current: Lists) => Lists, text: string) {
    const key = account;
    const before = stored();
    tool.report(updateBuyingCentre(key, next), { text, undo: () => restoreBuyingCentre(key, before) });
  }

  const removePerson = (person: BuyingPerson) =>
    removeWith(
      (c) => ({ ...c, people: c.people.filter((p) => p.id !== person.id) }),
      fill(t.personRemoved, { name: person.name.trim() || t.unnamed }),
    );

  const removeMember = (index: number) => {
    const member = centre.team[index] ?? '';
    removeWith((c) => ({ ...c, team: c.team.filter((m) => m !== member) }), fill(t.memberRemoved, { name: member }));
  };

  async function copyToPlan() {
    const key = account;
    const people = centre;
    let copied: PlanCopy;
    try {
      const { copyCentreToPlan } = await lazyImport(() => import('./copyToPlan'));
      copied = copyCentreToPlan(key, name, year, people);
    } catch {
      tool.say(t.copyFailed, 'error');
      return;
    }
    if (copied.saved === null) {
      tool.say(fill(t.copiedNone, { year }));
      return;
    }
    const kept = copied.kept.length > 0 ? ` ${fill(t.copiedKept, { list: listOf(locale, copied.kept) })}` : '';
    tool.report(copied.saved.result, {
      text: fill(t.copied, { year, list: listOf(locale, copied.added) }) + kept,
      undo: copied.saved.undo,
    });
  }

  function loadSample() {
    const unnamed = { 'technical-advisor': t['staff.technical-advisor'], 'logistics-coordinator': t['staff.logistics-coordinator'] };
    tool.seedSample('buying', {
      load: () => lazyImport(() => import('../../samples/buyingCentreSample')),
      entries: (module, ready) =>
        module.sampleCentresFor(ready.accounts, locale, unnamed).map(({ key, centre }) => ({ key, value: centre })),
      has: (key) => $buyingCentres.get().some((c) => c.accountKey === key),
      write: (key, sample) => updateBuyingCentre(key, () => sample),
      readyText: (account) => fill(t.sampleReady, { account }),
    });
  }

  return (
    <section class="buying-centre" data-widget="buying-centre" aria-labelledby={`${uid}-title`}>
      <AccountToolHead locale={locale} tool={tool} uid={uid} t={t} titleClass="bc-title" onLoadSample={loadSample}>
        <PrintButton locale={locale}>{t.print}</PrintButton>
      </AccountToolHead>

      <div class="bc-editors">
        <TeamEditor t={t} uid={uid} centre={centre} onChange={change} onRemove={removeMember} />
        <PeopleEditor t={t} uid={uid} centre={centre} onChange={change} onRemove={removePerson} />
      </div>

      <CentreMap locale={locale} t={t} uid={uid} name={name} centre={centre} />

      <section class="bc-plan no-print" aria-labelledby={`${uid}-plan`}>
        <h4 id={`${uid}-plan`}>{t.planTitle}</h4>
        <p>{fill(t.planHint, { year })}</p>
        <p class="bc-plan-actions">
          <button
            type="button"
            class="button"
            data-action="copy-to-plan"
            onClick={copyToPlan}
            disabled={centre.people.every((p) => p.name.trim() === '')}
          >
            {fill(t.copyToPlan, { year })}
          </button>
          <a href={localePath(locale, 'tools/account-plan')}>{t.openPlan}</a>
        </p>
      </section>
    </section>
  );
}
