/**
 * What fit vs cost shows once the portfolio has clients: the table of fit and cost scores, and the
 * domain's `assessFitCost` of them, which it hands to the island (`onView`) for the chart,
 * recommendation and export (FitCostResults.tsx, which stays in place so the chart is not drawn anew).
 * Fetched once hydration finds clients (FitCost.tsx): the server-rendered page never has them, so a
 * visitor without data never downloads it.
 */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { assessFitCost } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { formatMoney } from '../../i18n/format';
import { $assessments, getAssessment } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import type { CandidatesView } from './FitCostResults';
import type { STRINGS } from './strings';
import type { useTyping } from '../shared/useTyping.ts';

import { CandidatesTable } from './CandidatesTable';
import { CANDIDATE_STRINGS } from './candidateStrings';

export function WithCandidates(props: {
  locale: Locale;
  /** The tool's words, from the first download (imported here, its dictionary would be split out of it). */
  t: (typeof STRINGS)[Locale];
  /** The score cells' typing, kept by the island (CandidatesTable.tsx says why). */
  typing: ReturnType<typeof useTyping>;
  capacity: number;
  /** Where "high" starts on both scores (FitCostResults.tsx's MID). */
  midpoint: number;
  onRefused: (r: WriteResult) => void;
  /** Told the assessment, as the chart, recommendation, export and the top's sentence show it (null once gone). */
  onView: (view: CandidatesView | null) => void;
}) {
  const { locale, capacity, midpoint, onView } = props;
  const w = CANDIDATE_STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const money = (n: number) => formatMoney(locale, n, portfolioView.currency);

  const candidates = useMemo(
    () =>
      [...portfolio.clients].sort(
        (a, b) =>
          Number(b.keyAccount) - Number(a.keyAccount) ||
          Number(b.candidate === true) - Number(a.candidate === true) ||
          b.revenue - a.revenue ||
          a.name.localeCompare(b.name),
      ),
    [portfolio],
  );

  // One object while nothing it shows changes, so handing it to the island does not render it again.
  const view = useMemo((): CandidatesView => {
    const names = new Map(candidates.map((c) => [c.key, c.name]));
    const scored = candidates.flatMap((c) => {
      const fc = getAssessment(c.key, assessments).fitCost;
      return fc ? [{ key: c.key, fit: fc.fit, cost: fc.cost }] : [];
    });
    const result = assessFitCost({ candidates: scored, capacity, midpoint });
    const pointOf = new Map(result.points.map((p) => [p.key, p]));
    return {
      empty: result.points.length === 0 ? w.emptyNoScores : null,
      result,
      nameOf: (key) => names.get(key) ?? key,
      words: w,
      table: candidates.length === 0 ? null : { candidates, pointOf },
    };
  }, [candidates, assessments, capacity, midpoint, w]);
  // Before paint, so the top's sentence, the table and the chart show together.
  useLayoutEffect(() => onView(view), [view]);
  useLayoutEffect(() => () => onView(null), []);

  const table = view.table;
  if (!table) return null;
  return (
    <>
      <h3>{w.candidatesTitle}</h3>
      <p class="muted">{w.candidatesHelp}</p>
      <CandidatesTable
        locale={locale}
        t={props.t}
        typing={props.typing}
        candidates={table.candidates}
        assessments={assessments}
        pointOf={table.pointOf}
        money={money}
        onRefused={props.onRefused}
      />
    </>
  );
}
