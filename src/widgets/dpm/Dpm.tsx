/**
 * Directional policy matrix island: the segments editor, the chart of where each segment is now and
 * where it should be in three years, what each quadrant means, and the CSV export. Positions,
 * quadrants, growth and direction come from the domain's `dpmPoints`; this file lays the parts out
 * in the order of the page.
 */
import { useRef } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import { QUADRANTS, countByDirection, dpmPoints } from '../../domain/index.ts';
import type { DpmPoint } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatMoney } from '../../i18n/format';
import { $segments, $settings } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { useDataCurrency } from '../shared/useDataCurrency.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';
import '../matrix-kit/matrix.css';
import { MatrixTop } from '../matrix-kit/MatrixIntro';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { useMatrixStatus } from '../matrix-kit/useMatrixStatus';
import { capitalise, strategyName } from '../matrix-kit/names';
import { UndoLine } from '../matrix-kit/UndoLine';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import type { DpmChartRows, SegmentsTable } from './DpmSegments';
import { dpmConfigLoader, dpmTableHead, emptyDpmChart } from './dpmFigure';
import { segmentName } from './segmentName';
import { STRINGS } from './strings';
import { useSegmentsEditing } from './useSegmentsEditing';

// The segments' table and the chart's rows come only with stored segments: fetched once there are
// some. Until then a line says they are loading, where the table goes.
type TableProps = ComponentProps<typeof SegmentsTable>;
const LazyTable = lazyComponent(
  lazyLoader<TableProps>(() => import('./DpmSegments').then((m) => m.SegmentsTable)),
  (failed, { t }) => (
    <p class={failed ? 'mx-error' : 'muted'} role={failed ? 'alert' : 'status'}>
      {failed ? t.segmentsFailed : t.segmentsLoading}
    </p>
  ),
);
type RowsProps = ComponentProps<typeof DpmChartRows>;
// Meanwhile the chart keeps its place, empty, its summary saying why (`waiting`).
const LazyChartRows = lazyComponent(
  lazyLoader<RowsProps>(() => import('./DpmSegments').then((m) => m.DpmChartRows)),
  (failed, { waiting }) => waiting(failed),
);

export default function Dpm({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const segments = useStored($segments);
  const dataCurrency = useDataCurrency(locale);
  const settings = useStored($settings);
  const matrixStatus = useMatrixStatus(locale, t);
  const { onRefused, onExportFailed } = matrixStatus;
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const money = (n: number) => formatMoney(locale, n, dataCurrency.currency);

  const edit = useSegmentsEditing(locale, segments, onRefused);
  // Once shown, the segments' parts stay (the table is empty again after the last one is removed).
  const hadSegments = useRef(false);
  if (segments.length > 0) hadSegments.current = true;

  const result = dpmPoints(segments);
  const points: DpmPoint[] = result.ok ? result.points : [];
  const indexOf = new Map(segments.map((s, i) => [s.id, i]));
  const nameOf = (p: DpmPoint) => segmentName(locale, p, indexOf.get(p.id) ?? 0);
  const chartFrame = (chart: ComponentProps<typeof MatrixChart>['chart']) => (
    <MatrixChart locale={locale} title={t.chartTitle} note={t.orientationNote} pointsTitle={t.pointsTitle} chart={chart} holder={holder} />
  );
  const meaning = { strategic: t.meaningStrategic, star: t.meaningStar, status: t.meaningStatus, streamline: t.meaningStreamline };

  // The CSV export and the download code are fetched on the click.
  const exportCsv = () => lazyImport(() => import('./dpmCsv')).then((m) => m.downloadDpmCsv(locale, t, settings.numberFormat, points));

  return (
    <div class="mx-widget" data-widget="dpm">
      <MatrixTop
        locale={locale}
        intro={t.intro}
        empty={segments.length === 0 ? t.empty : null}
        status={matrixStatus}
        loadSample={(m) =>
          // The sample's segment names come with the sample.
          lazyImport(() => import('./laterStrings')).then(
            ({ LATER }) => m.loadDpmSample(locale, LATER[locale]),
            () => ({ ok: false as const, code: 'network' }),
          )
        }
      />

      <h3>{t.editorTitle}</h3>
      <p class="muted">{t.editorHelp}</p>
      {hadSegments.current && <LazyTable locale={locale} t={t} segments={segments} edit={edit} />}
      <div aria-live="polite">
        {edit.errors.map((e) => (
          <p class="mx-error" role="alert" key={e.cell}>
            {e.text}
          </p>
        ))}
        <UndoLine locale={locale} message={edit.undoMessage} onUndo={edit.restore} />
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={edit.add}>
          {t.addSegment}
        </button>
      </p>

      {hadSegments.current ? (
        <LazyChartRows
          locale={locale}
          t={t}
          counts={countByDirection(points)}
          points={points}
          nameOf={nameOf}
          money={money}
          head={dpmTableHead(t)}
          configWith={(describe) => dpmConfigLoader({ locale, points, nameOf, describe, holder })}
          render={chartFrame}
          waiting={(failed) => chartFrame(emptyDpmChart(locale, t, holder, failed ? t.segmentsFailed : t.segmentsLoading))}
        />
      ) : (
        chartFrame(emptyDpmChart(locale, t, holder))
      )}

      <h3>{t.meaningsTitle}</h3>
      <ul class="mx-cards">
        {QUADRANTS.map((q) => (
          <li class={`card mx-card q-${q.id}`} key={q.id}>
            <h4>{capitalise(strategyName(locale, q.strategy))}</h4>
            <p>{meaning[q.id]}</p>
          </li>
        ))}
      </ul>

      <ExportActions
        title={t.exportTitle}
        onFailed={onExportFailed}
        actions={[{ action: 'export-dpm', label: t.exportTable, disabled: points.length === 0, download: exportCsv }]}
      />
    </div>
  );
}
