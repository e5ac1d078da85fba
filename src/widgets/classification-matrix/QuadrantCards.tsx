/** One card per quadrant: its strategy, what high and low mean there, what to do, and the accounts in it. */
import { QUADRANTS } from '../../domain/index.ts';
import type { ClassifiedAccount } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { quadrantName, strategyName } from '../matrix-kit/names';
import { STRINGS } from './strings';

export function QuadrantCards({
  locale,
  sorted,
  nameOf,
  accountsHere,
}: {
  locale: Locale;
  sorted: readonly ClassifiedAccount[];
  nameOf: (key: string) => string;
  /** "Accounts here: {list}." (accountStrings, fetched with the accounts); null without accounts. */
  accountsHere: string | null;
}) {
  const t = STRINGS[locale];
  const advice = { strategic: t.doStrategic, star: t.doStar, status: t.doStatus, streamline: t.doStreamline };
  return (
    <ul class="mx-cards">
      {QUADRANTS.map((q) => {
        const here = sorted.filter((r) => r.quadrant === q.id).map((r) => nameOf(r.key));
        return (
          <li class={`card mx-card q-${q.id}`} key={q.id} data-quadrant={q.id}>
            <h4>
              {quadrantName(locale, q.id)}: {strategyName(locale, q.strategy)}
            </h4>
            <p class="muted">
              {fill(t.cardHigh, { a: q.attractiveness === 'high' ? t.high : t.low, s: q.strength === 'high' ? t.high : t.low })}
            </p>
            <p>{advice[q.id]}</p>
            <p>{here.length && accountsHere ? fill(accountsHere, { list: here.join(', ') }) : t.noAccountsHere}</p>
          </li>
        );
      })}
    </ul>
  );
}
