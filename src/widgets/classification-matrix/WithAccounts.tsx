/**
 * What the classification matrix shows once the portfolio has clients: the scores table of the key
 * accounts and, through MatrixResults, the chart, cards and exports filled with their classification.
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
import type { MatrixResults } from './MatrixResults';
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
  configProblem: string | null;
  onRefused: (r: WriteResult) => void;
  onExportFailed: () => void;
  /**
   * The chart, cards and exports, given by the first download that already has them: imported here,
   * they and the matrix tools' shared code would be split into more, smaller chunks on every matrix page.
   */
  Results: typeof MatrixResults;
  /** Told the empty-state sentence the top of the tool shows (null: there is something to show). */
  onEmpty: (text: string | null) => void;
}) {
  const { locale, config, onEmpty, Results } = props;
  const w = ACCOUNT_STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const money = (n: number) => formatMoney(locale, n, portfolioView.currency);

  const keyAccounts = useMemo(
    () => portfolio.clients.filter((c) => c.keyAccount).sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name)),
    [portfolio],
  );
  const scoresOf = (key: string) => getAssessment(key, assessments).matrixScores;

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
  const byKey = new Map(classified.map((r) => [r.key, r]));
  const names = new Map(keyAccounts.map((c) => [c.key, c.name]));
  const nameOf = (key: string) => names.get(key) ?? key;
  const sorted = [...classified].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));

  const empty = keyAccounts.length === 0 ? w.emptyNoKeyAccounts : classified.length === 0 ? w.emptyNoScores : null;
  // Before paint, so the top's sentence and this part show together.
  useLayoutEffect(() => onEmpty(empty), [empty]);

  return (
    <>
      {keyAccounts.length > 0 && (
        <>
          <h3>{w.scoresTitle}</h3>
          <p class="muted">{w.scoresHelp}</p>
          <ScoresTable
            locale={locale}
            t={props.t}
            typing={props.typing}
            config={config}
            accounts={keyAccounts}
            scoresOf={scoresOf}
            results={byKey}
            money={money}
            onRefused={props.onRefused}
          />
          {classified.length < keyAccounts.length && classified.length > 0 && (
            <p class="muted">{fill(w.incomplete, { n: keyAccounts.length - classified.length, total: keyAccounts.length })}</p>
          )}
        </>
      )}
      <Results
        locale={locale}
        config={config}
        configProblem={props.configProblem}
        sorted={sorted}
        nameOf={nameOf}
        money={money}
        words={w}
        scores={keyAccounts.length === 0 ? null : { accounts: keyAccounts, scoresOf, results: byKey }}
        onExportFailed={props.onExportFailed}
      />
    </>
  );
}
