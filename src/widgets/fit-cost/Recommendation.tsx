/** The recommended key accounts (the select zone, best first) against the team's capacity, and what each zone means. */
import { FIT_COST_ZONES } from '../../domain/index.ts';
import type { FitCostResult } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { zoneDescription, zoneName } from '../matrix-kit/names';
import { STRINGS } from './strings';

export function Recommendation({
  locale,
  result,
  capacity,
  nameOf,
}: {
  locale: Locale;
  result: FitCostResult;
  capacity: number;
  nameOf: (key: string) => string;
}) {
  const t = STRINGS[locale];
  const n = result.recommended.length;
  return (
    <>
      <h3>{t.recommendedTitle}</h3>
      <p class="muted">{t.recommendedHelp}</p>
      {result.overCapacity ? (
        <p class="mx-warn" role="status" data-warning="over-capacity">
          {fillCount(locale, t.overCapacity, { n, capacity })}
        </p>
      ) : (
        n > 0 && <p class="mx-ok">{fill(t.withinCapacity, { n, capacity })}</p>
      )}
      {n === 0 ? (
        <p>{t.recommendedNone}</p>
      ) : (
        <ol class="mx-recommended" data-list="recommended">
          {result.recommended.map((key, i) => (
            <li key={key} class={i >= capacity ? 'over' : undefined}>
              {nameOf(key)}
              {i >= capacity && <span class="mx-badge">{t.overCapacityItem}</span>}
            </li>
          ))}
        </ol>
      )}

      <h3>{t.zonesTitle}</h3>
      <dl class="mx-zones">
        {FIT_COST_ZONES.map((z) => (
          <div key={z}>
            <dt class="mx-zone">{zoneName(locale, z)}</dt>
            <dd>{zoneDescription(locale, z)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
