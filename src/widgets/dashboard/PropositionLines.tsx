/**
 * The value propositions on the dashboard: one line per key account, what its one-page value
 * proposition holds (critical success factors, value in use per year, the resonating focus) or that
 * it has none yet, each linking to the value-proposition tool for that account. The figures are the
 * domain's (`propositionDashboardLines`, on the tool's own `readProposition`); they come with the
 * dashboard's code, fetched once there are clients, so the worksheet rules stay out of the first download.
 */
import { propositionDashboardLines } from '../../domain/index.ts';
import { formatMoney } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { fillCount } from '../../i18n/plural';
import { $valuePropositions } from '../../state/index';
import { useLive } from '../shared/useStored';
import { LINE_STRINGS } from './lineStrings';

export function PropositionLines({
  locale,
  rows,
  currency,
}: {
  locale: Locale;
  rows: readonly { key: string; name: string }[];
  currency: string;
}) {
  const s = LINE_STRINGS[locale];
  // Fetched with the dashboard, so mounted only in the browser after hydration: the stored value
  // from the first render (the store's default first would flash "no value proposition yet" on
  // every line). The store itself stays out of the dashboard's first download.
  const propositions = useLive($valuePropositions, $valuePropositions.get());
  const lines = propositionDashboardLines(rows, propositions);
  if (lines.length === 0) return null;
  return (
    <section class="db-next" data-value-propositions>
      <h2>{s.propositionTitle}</h2>
      <ul>
        {lines.map((l) => (
          <li key={l.key} data-account={l.key} data-proposition={l.proposition === null ? 'none' : 'some'}>
            <a href={`${localePath(locale, 'tools/value-proposition')}?account=${encodeURIComponent(l.key)}`}>{l.name}</a>
            {': '}
            {l.proposition === null
              ? s.propositionNone
              : fillCount(locale, s.propositionLine, {
                  factors: l.proposition.factors,
                  value: formatMoney(locale, l.proposition.valueInUse, currency),
                  focus: l.proposition.focus,
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}
