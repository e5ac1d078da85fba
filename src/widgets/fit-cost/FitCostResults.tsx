/**
 * The lower half of fit vs cost: the chart with its list of points, the recommended key accounts and
 * the CSV export. Without clients it shows them empty (the first view every visitor gets, in the first
 * download); with clients, WithCandidates.tsx fills them with the domain's assessment.
 */
import { useRef } from 'preact/hooks';
import type { CsvFormat, FitCostResult } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $settings } from '../../state/index.ts';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { Recommendation } from './Recommendation';
import { fitCostChart } from './fitCostChart';
import { STRINGS } from './strings';

/** The fit/cost midpoint: "high" means 5 or more, as in the classification matrix. */
export const MID = 5;

export function FitCostResults(props: {
  locale: Locale;
  result: FitCostResult;
  capacity: number;
  nameOf: (key: string) => string;
  /** Downloads the candidates table; null while there is no client to put in it. */
  exportCsv: ((format: CsvFormat) => Promise<unknown>) | null;
  onExportFailed: () => void;
}) {
  const { locale, result, capacity, nameOf, exportCsv } = props;
  const t = STRINGS[locale];
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const chart = fitCostChart({ locale, result, capacity, midpoint: MID, nameOf, holder });
  return (
    <>
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
        onFailed={props.onExportFailed}
        actions={[
          {
            action: 'export-fit-cost',
            label: t.exportTable,
            disabled: exportCsv === null,
            download: () => (exportCsv ? exportCsv($settings.get().numberFormat) : Promise.resolve()),
          },
        ]}
      />
    </>
  );
}
