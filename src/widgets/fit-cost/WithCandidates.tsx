/**
 * What fit vs cost shows once the portfolio has clients: the table of fit and cost scores and, through
 * FitCostResults, the chart, recommendation and export filled with the domain's `assessFitCost`.
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
import type { FitCostResults } from './FitCostResults';
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
  onExportFailed: () => void;
  /**
   * The chart, recommendation and export, given by the first download that already has them: imported
   * here, they and the matrix tools' shared code would be split into more, smaller chunks on every matrix page.
   */
  Results: typeof FitCostResults;
  /** Told the empty-state sentence the top of the tool shows (null: there is something to show). */
  onEmpty: (text: string | null) => void;
}) {
  const { locale, capacity, onEmpty, Results } = props;
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
  const names = new Map(candidates.map((c) => [c.key, c.name]));
  const nameOf = (key: string) => names.get(key) ?? key;
  const scored = candidates.flatMap((c) => {
    const fc = getAssessment(c.key, assessments).fitCost;
    return fc ? [{ key: c.key, fit: fc.fit, cost: fc.cost }] : [];
  });
  const result = assessFitCost({ candidates: scored, capacity, midpoint: props.midpoint });
  const pointOf = new Map(result.points.map((p) => [p.key, p]));

  const empty = result.points.length === 0 ? w.emptyNoScores : null;
  // Before paint, so the top's sentence and this part show together.
  useLayoutEffect(() => onEmpty(empty), [empty]);

  return (
    <>
      {candidates.length > 0 && (
        <>
          <h3>{w.candidatesTitle}</h3>
          <p class="muted">{w.candidatesHelp}</p>
          <CandidatesTable
            locale={locale}
            t={props.t}
            typing={props.typing}
            candidates={candidates}
            assessments={assessments}
            pointOf={pointOf}
            money={money}
            onRefused={props.onRefused}
          />
        </>
      )}
      <Results
        locale={locale}
        result={result}
        capacity={capacity}
        nameOf={nameOf}
        words={w}
        table={candidates.length === 0 ? null : { candidates, pointOf }}
        onExportFailed={props.onExportFailed}
      />
    </>
  );
}
