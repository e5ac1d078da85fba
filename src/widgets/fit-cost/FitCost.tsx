/**
 * Business fit vs implementation cost island: every client of the portfolio can be scored 0–10 on
 * fit and cost; the scatter shades the "select" zone; the domain's `assessFitCost` gives the zones,
 * the recommended list and whether it exceeds the team's capacity (`$settings.keyAccountCapacity`,
 * editable here). This file lays the parts out in the order of the page.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { assessFitCost } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $assessments, $settings, getAssessment, updateSettings } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';
import '../matrix-kit/matrix.css';
import { MatrixTop } from '../matrix-kit/MatrixIntro';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { useMatrixStatus } from '../matrix-kit/useMatrixStatus';
import { parseTyped } from '../matrix-kit/typedNumbers';
import { whenRefused } from '../matrix-kit/refused';
import { CandidatesTable } from './CandidatesTable';
import { Recommendation } from './Recommendation';
import { fitCostChart } from './fitCostChart';
import { STRINGS } from './strings';

/** The fit/cost midpoint: "high" means 5 or more, as in the classification matrix. */
const MID = 5;

export default function FitCost({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const settings = useStored($settings);
  const [capacityText, setCapacityText] = useState<string | null>(null);
  const matrixStatus = useMatrixStatus(locale, t);
  const { onRefused, onExportFailed } = matrixStatus;
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const money = (n: number) => formatMoney(locale, n, portfolioView.currency);
  const capacity = settings.keyAccountCapacity;

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
  const result = assessFitCost({ candidates: scored, capacity, midpoint: MID });
  const pointOf = new Map(result.points.map((p) => [p.key, p]));
  const rankOf = new Map(result.recommended.map((k, i) => [k, i + 1]));
  const chart = fitCostChart({ locale, result, capacity, midpoint: MID, nameOf, holder });

  const onCapacity = (input: HTMLInputElement) => {
    const n = parseTyped(input.value, locale);
    if (n !== null && Number.isInteger(n) && n >= 0 && n <= 10_000) {
      setCapacityText(null);
      whenRefused(updateSettings({ keyAccountCapacity: n }), onRefused);
    } else {
      setCapacityText(input.value);
    }
  };

  // The CSV export and the download code are fetched on the click.
  const exportCsv = () =>
    lazyImport(() => import('./fitCostCsv')).then((m) =>
      m.downloadFitCostCsv(locale, t, settings.numberFormat, candidates, pointOf, rankOf),
    );

  const empty = portfolio.clients.length === 0 ? t.emptyNoClients : result.points.length === 0 ? t.emptyNoScores : null;

  return (
    <div class="mx-widget" data-widget="fit-cost">
      <MatrixTop locale={locale} intro={t.intro} empty={empty} status={matrixStatus} loadSample={(m) => m.loadFitCostSample(locale)} />

      <div class="mx-inline">
        <label for="fc-capacity">
          {t.capacityLabel}
          <input
            id="fc-capacity"
            class="mx-num"
            type="number"
            min={0}
            max={10000}
            step={1}
            value={capacityText ?? String(capacity)}
            aria-describedby="fc-capacity-help"
            aria-invalid={capacityText !== null ? 'true' : undefined}
            onInput={(e) => onCapacity(e.currentTarget)}
          />
        </label>
      </div>
      <p id="fc-capacity-help" class="muted mx-help">
        {t.capacityHelp}
      </p>
      {capacityText !== null && (
        <p class="mx-error" role="alert">
          {t.capacityError}
        </p>
      )}

      {candidates.length > 0 && (
        <>
          <h3>{t.candidatesTitle}</h3>
          <p class="muted">{t.candidatesHelp}</p>
          <CandidatesTable
            locale={locale}
            candidates={candidates}
            assessments={assessments}
            pointOf={pointOf}
            money={money}
            onRefused={onRefused}
          />
        </>
      )}

      <MatrixChart
        locale={locale}
        title={t.chartTitle}
        note={fill(t.orientationNote, { mid: formatNumber(locale, MID) })}
        pointsTitle={t.pointsTitle}
        chart={chart}
        holder={holder}
      />

      <Recommendation locale={locale} result={result} capacity={capacity} nameOf={nameOf} />

      <ExportActions
        title={t.exportTitle}
        onFailed={onExportFailed}
        actions={[{ action: 'export-fit-cost', label: t.exportTable, disabled: candidates.length === 0, download: exportCsv }]}
      />
    </div>
  );
}
