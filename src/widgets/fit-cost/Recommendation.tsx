/** The recommended key accounts (the select zone, best first) against the team's capacity, and what each zone means. */
import { FIT_COST_ZONES } from '../../domain/index.ts';
import type { FitCostResult } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { zoneDescription, zoneName } from '../matrix-kit/names';
import { STRINGS } from './strings';
import type { CANDIDATE_STRINGS } from './candidateStrings';

export function Recommendation({
  locale,
  result,
  capacity,
  nameOf,
  words,
}: {
  locale: Locale;
  result: FitCostResult;
  capacity: number;
  nameOf: (key: string) => string;
  /** The words only a recommendation needs (candidateStrings, fetched with the clients); null without clients. */
  words: (typeof CANDIDATE_STRINGS)[Locale] | null;
}) {
  const t = STRINGS[locale];
  // Without clients' words there are no clients, so nothing is recommended.
  const n = words ? result.recommended.length : 0;
  return (
    <>
      <h3>{t.recommendedTitle}</h3>
      <p class="muted">{t.recommendedHelp}</p>
      {words && result.overCapacity ? (
        <p class="mx-warn" role="status" data-warning="over-capacity">
          {fillCount(locale, words.overCapacity, { n, capacity })}
        </p>
      ) : (
        words && n > 0 && <p class="mx-ok">{fill(words.withinCapacity, { n, capacity })}</p>
      )}
      {n === 0 ? (
        <p>{t.recommendedNone}</p>
      ) : (
        <ol class="mx-recommended" data-list="recommended">
          {result.recommended.map((key, i) => (
            <li key={key} class={i >= capacity ? 'over' : undefined}>
              {nameOf(key)}
              {i >= capacity && <span class="mx-badge">{words?.overCapacityItem}</span>}
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
