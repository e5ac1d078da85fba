/**
 * The buying centre's map, on screen and on paper: the reading in words (coverage gaps, single
 * thread, bow-tie or diamond: all from the domain's `readBuyingCentre`), the power × attitude grid
 * as a table (rows: power, columns: attitude, names in the cells: the grid *is* its own accessible
 * table), and the people with everything known about them.
 */
import { POWER_LEVELS, STANCES, powerAttitudeGrid, readBuyingCentre } from '../../domain/index.ts';
import type { BuyingCentre, BuyingPerson } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { BCP47 } from '../../i18n/locales';
import type { Dictionary, Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import type en from './strings.en';

type T = Dictionary<typeof en>;

export function listOf(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(BCP47[locale], { type: 'conjunction' }).format(items);
}

const names = (people: readonly BuyingPerson[]) => people.map((p) => p.name.trim());

export function CentreMap({
  locale,
  t,
  uid,
  name,
  centre,
}: {
  locale: Locale;
  t: T;
  uid: string;
  name: string;
  centre: Pick<BuyingCentre, 'team' | 'people'>;
}) {
  const reading = readBuyingCentre(centre);
  const grid = powerAttitudeGrid(centre.people);
  const people = centre.people.filter((p) => p.name.trim() !== '');
  const coveredBy = (p: BuyingPerson) =>
    p.coveredBy.trim() !== '' && centre.team.some((m) => m.trim().toLocaleLowerCase() === p.coveredBy.trim().toLocaleLowerCase())
      ? p.coveredBy
      : t.nobody;
  const threadOwner = people.map(coveredBy).find((who) => who !== t.nobody) ?? '';
  const sides = { ours: reading.sides.ours, theirs: reading.sides.theirs };
  const patternText =
    reading.pattern === 'diamond'
      ? fillCount(locale, t.patternDiamond, sides)
      : reading.pattern === 'bow-tie'
        ? fillCount(locale, t.patternBowTie, sides)
        : t.patternNone;

  return (
    <section class="bc-map" aria-labelledby={`${uid}-map`} data-pattern={reading.pattern}>
      <h4 id={`${uid}-map`}>{fill(t.mapTitle, { account: name })}</h4>
      {reading.people === 0 ? (
        <p class="note">{t.mapEmpty}</p>
      ) : (
        <>
          <h5>{t.readingTitle}</h5>
          <ul class="bc-reading" data-testid="buying-reading">
            <li data-gap="roles">
              {reading.missingRoles.length > 0
                ? fill(t.missingRoles, {
                    list: listOf(
                      locale,
                      reading.missingRoles.map((r) => t[`role.${r}`]),
                    ),
                  })
                : t.allRoles}
            </li>
            <li data-gap="coverage">
              {reading.uncoveredHighPower.length > 0 && fill(t.uncoveredHigh, { list: listOf(locale, names(reading.uncoveredHighPower)) })}
              {reading.uncoveredHighPower.length > 0 && reading.uncovered.length > 0 && ' '}
              {reading.uncovered.length > 0 && fill(t.uncoveredOthers, { list: listOf(locale, names(reading.uncovered)) })}
              {reading.uncoveredHighPower.length + reading.uncovered.length === 0 && t.allCovered}
            </li>
            {reading.highPowerAgainst.length > 0 && (
              <li data-gap="against">{fill(t.highAgainst, { list: listOf(locale, names(reading.highPowerAgainst)) })}</li>
            )}
            {reading.singleThread && (
              <li data-gap="single-thread" class="bc-warn">
                {fill(t.singleThread, { who: threadOwner })}
              </li>
            )}
            <li data-gap="pattern">{patternText}</li>
          </ul>

          <div class="table-scroll" role="region" tabIndex={0} aria-labelledby={`${uid}-grid`}>
            <table class="bc-grid">
              <caption id={`${uid}-grid`}>{t.gridCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.gridPower}</th>
                  {STANCES.map((s) => (
                    <th key={s} scope="col">
                      {t[`stance.${s}`]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...POWER_LEVELS].reverse().map((power) => (
                  <tr key={power}>
                    <th scope="row">{t[`power.${power}`]}</th>
                    {STANCES.map((s) => {
                      const here = names(grid[power][s]);
                      return (
                        <td key={s} class={`bc-cell is-${power}-${s}`}>
                          {here.length === 0 ? (
                            <span aria-hidden="true" class="muted">
                              {t.gridEmptyCell}
                            </span>
                          ) : (
                            here.map((n, i) => (
                              <span key={i} class="bc-name">
                                {n}
                              </span>
                            ))
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="muted">{t.gridHint}</p>

          <div class="table-scroll" role="region" tabIndex={0} aria-labelledby={`${uid}-table`}>
            <table class="bc-table">
              <caption id={`${uid}-table`}>{fill(t.tableCaption, { account: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.jobTitle}</th>
                  <th scope="col">{t.rolesColumn}</th>
                  <th scope="col">{t.power}</th>
                  <th scope="col">{t.stance}</th>
                  <th scope="col">{t.coveredBy}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    <td>{p.jobTitle}</td>
                    <td>
                      {listOf(
                        locale,
                        p.roles.map((r) => t[`role.${r}`]),
                      )}
                    </td>
                    <td>{t[`power.${p.power}`]}</td>
                    <td>{t[`stance.${p.stance}`]}</td>
                    <td>{coveredBy(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
