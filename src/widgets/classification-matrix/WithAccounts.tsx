/**
 * What the classification matrix shows once the portfolio has clients: the scores table of the key
 * accounts, and their classification, which it hands to the island (`onView`) for the chart, cards and
 * exports (MatrixResults.tsx, which stays in place so the chart is not drawn anew).
 * Fetched once hydration finds clients (ClassificationMatrix.tsx): the server-rendered page never has
 * them, so a visitor without data never downloads it. Every figure comes from the domain's
 * `classifyScoredAccounts`.
 */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { classifyScoredAccounts } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { formatMoney } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $assessments, getAssessment } from '../../state/index.ts';
import type { MatrixConfig, WriteResult } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { ScoresTable } from './ScoresTable';
import type { AccountsView } from './MatrixResults';
import type { STRINGS } from './strings';
import type { useTyping } from '../shared/useTyping.ts';
import { ACCOUNT_STRINGS } from './accountStrings';

export function WithAccounts(props: {
  locale: Locale;
  /** The tool's words, from the first download (imported here, its dictionary would be split out of it). */
  t: (typeof STRINGS)[Locale];
  /** The score cells' typing, kept by the island (ScoresTable.tsx says why). */
  typing: ReturnType<typeof useTyping>;
  config: MatrixConfig;
  onRefused: (r: WriteResult) => void;
  /** Told the classified accounts, as the chart, cards, exports and the top's sentence show them (null once gone). */
  onView: (view: AccountsView | null) => void;
}) {
  const { locale, config, onView } = props;
  const w = ACCOUNT_STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const currency = portfolioView.currency;
  const assessments = useStored($assessments);

  const keyAccounts = useMemo(
    () => portfolio.clients.filter((c) => c.keyAccount).sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name)),
    [portfolio],
  );

  const classified = useMemo(
    () =>
      classifyScoredAccounts({
        attractiveness: config.attractiveness.map(({ id, weight }) => ({ id, weight })),
        strength: config.strength.map(({ id, weight }) => ({ id, weight })),
        accounts: keyAccounts.map((c) => ({ key: c.key, scores: getAssessment(c.key, assessments).matrixScores, revenue: c.revenue })),
        midpoint: config.midpoint,
      }),
    [keyAccounts, assessments, config],
  );

  // One object while nothing it shows changes, so handing it to the island does not render it again.
  const view = useMemo((): AccountsView => {
    const names = new Map(keyAccounts.map((c) => [c.key, c.name]));
    return {
      empty: keyAccounts.length === 0 ? w.emptyNoKeyAccounts : classified.length === 0 ? w.emptyNoScores : null,
      sorted: [...classified].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0)),
      nameOf: (key) => names.get(key) ?? key,
      money: (n) => formatMoney(locale, n, currency),
      words: w,
      scores:
        keyAccounts.length === 0
          ? null
          : {
              accounts: keyAccounts,
              scoresOf: (key) => getAssessment(key, assessments).matrixScores,
              results: new Map(classified.map((r) => [r.key, r])),
            },
    };
  }, [keyAccounts, classified, assessments, currency, locale, w]);
  // Before paint, so the top's sentence, the table and the chart show together.
  useLayoutEffect(() => onView(view), [view]);
  useLayoutEffect(() => () => onView(null), []);

  const scores = view.scores;
  if (!scores) return null;
  return (
    <>
      <h3>{w.scoresTitle}</h3>
      <p class="muted">{w.scoresHelp}</p>
      <ScoresTable
        locale={locale}
        t={props.t}
        typing={props.typing}
        config={config}
        accounts={scores.accounts}
        scoresOf={scores.scoresOf}
        results={scores.results}
        money={view.money}
        onRefused={props.onRefused}
      />
      {classified.length < keyAccounts.length && classified.length > 0 && (
        <p class="muted">{fill(w.incomplete, { n: keyAccounts.length - classified.length, total: keyAccounts.length })}</p>
      )}
    </>
  );
}
