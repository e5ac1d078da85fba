/**
 * Classification matrix island: criteria and weights (each list totals 100, or nothing is saved),
 * 0–10 scores per key account, the bubble chart, quadrant cards and CSV exports. Every figure comes
 * from the domain's `classifyScoredAccounts`; this file lays the parts out in the order of the page.
 */
import { useMemo, useRef } from 'preact/hooks';
import { classifyScoredAccounts } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $assessments, $matrixConfig, $settings, getAssessment } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import '../matrix-kit/matrix.css';
import { MatrixTop } from '../matrix-kit/MatrixIntro';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { useMatrixStatus } from '../matrix-kit/useMatrixStatus';
import { CriteriaEditor } from './CriteriaEditor';
import { ScoresTable } from './ScoresTable';
import { QuadrantCards } from './QuadrantCards';
import { classificationChart } from './classificationChart';
import { criteriaProblem } from './criteriaProblem';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { STRINGS } from './strings';

/** The CSV exports and the download code, fetched on an export button's click. */
const exports = () => lazyImport(() => import('./matrixCsv'));

export default function ClassificationMatrix({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const config = useStored($matrixConfig);
  const settings = useStored($settings);
  const matrixStatus = useMatrixStatus(locale, t);
  const { onRefused, onExportFailed } = matrixStatus;
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const money = (n: number) => formatMoney(locale, n, portfolioView.currency);

  const keyAccounts = useMemo(
    () => portfolio.clients.filter((c) => c.keyAccount).sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name)),
    [portfolio],
  );
  const scoresOf = (key: string) => getAssessment(key, assessments).matrixScores;
  const configProblem = criteriaProblem(config, locale);

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
  const chart = classificationChart({ locale, sorted, nameOf, money, midpoint: config.midpoint, holder });

  const empty =
    portfolio.clients.length === 0
      ? t.emptyNoClients
      : keyAccounts.length === 0
        ? t.emptyNoKeyAccounts
        : classified.length === 0
          ? t.emptyNoScores
          : null;

  return (
    <div class="mx-widget" data-widget="classification-matrix">
      <MatrixTop
        locale={locale}
        intro={t.intro}
        empty={empty}
        status={matrixStatus}
        loadSample={(m) => m.loadClassificationSample(locale)}
      />

      <h3>{t.criteriaTitle}</h3>
      <p class="muted">{t.criteriaHelp}</p>
      <CriteriaEditor locale={locale} stored={config} onRefused={onRefused} />

      {keyAccounts.length > 0 && (
        <>
          <h3>{t.scoresTitle}</h3>
          <p class="muted">{t.scoresHelp}</p>
          <ScoresTable
            locale={locale}
            config={config}
            accounts={keyAccounts}
            scoresOf={scoresOf}
            results={byKey}
            money={money}
            onRefused={onRefused}
          />
          {classified.length < keyAccounts.length && classified.length > 0 && (
            <p class="muted">{fill(t.incomplete, { n: keyAccounts.length - classified.length, total: keyAccounts.length })}</p>
          )}
        </>
      )}
      {configProblem && <p class="mx-error">{configProblem}</p>}

      <MatrixChart
        locale={locale}
        title={t.chartTitle}
        note={fill(t.orientationNote, { mid: formatNumber(locale, config.midpoint) })}
        pointsTitle={t.pointsTitle}
        chart={chart}
        holder={holder}
      />

      <h3>{t.cardsTitle}</h3>
      <QuadrantCards locale={locale} sorted={sorted} nameOf={nameOf} />

      <ExportActions
        title={t.exportTitle}
        onFailed={onExportFailed}
        actions={[
          {
            action: 'export-matrix',
            label: t.exportMatrix,
            disabled: keyAccounts.length === 0,
            download: () =>
              exports().then((m) => m.downloadMatrixCsv(settings.numberFormat, locale, t, config, keyAccounts, scoresOf, byKey)),
          },
          {
            action: 'export-criteria',
            label: t.exportCriteria,
            download: () => exports().then((m) => m.downloadCriteriaCsv(settings.numberFormat, locale, t, config)),
          },
        ]}
      />
    </div>
  );
}
