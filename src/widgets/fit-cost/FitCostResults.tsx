/**
 * The lower half of fit vs cost: the chart with its list of points, the recommended key accounts and
 * the CSV export. Without clients it shows them empty (the first view every visitor gets, in the first
 * download); with clients, WithCandidates.tsx fills them with the domain's assessment.
 */
import { useRef } from 'preact/hooks';
import type { FitCostPoint, FitCostResult } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $settings } from '../../state/index.ts';
import type { Client } from '../../state/index.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { Recommendation } from './Recommendation';
import { fitCostChart } from './fitCostChart';
import { STRINGS } from './strings';
import type { CANDIDATE_STRINGS } from './candidateStrings';

/** The fit/cost midpoint: "high" means 5 or more, as in the classification matrix. */
export const MID = 5;

/** What the candidates export holds: every client with its point (scores and zone), if scored. */
export type CandidatesExport = { candidates: readonly Client[]; pointOf: ReadonlyMap<string, FitCostPoint> };

/** The assessment as the lower half shows it (WithCandidates.tsx makes it), and the top's sentence. */
export type CandidatesView = {
  /** The empty-state sentence at the top of the tool (null: there is something to show). */
  empty: string | null;
  result: FitCostResult;
  nameOf: (key: string) => string;
  words: (typeof CANDIDATE_STRINGS)[Locale] | null;
  table: CandidatesExport | null;
};

export function FitCostResults(props: {
  locale: Locale;
  result: FitCostResult;
  capacity: number;
  nameOf: (key: string) => string;
  /** The words only scored clients need (candidateStrings, fetched with them); null without clients. */
  words: (typeof CANDIDATE_STRINGS)[Locale] | null;
  /** The candidates table to export; null while there is no client to put in it. */
  table: CandidatesExport | null;
  onExportFailed: () => void;
}) {
  const { locale, result, capacity, nameOf, table } = props;
  const t = STRINGS[locale];
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const rankOf = new Map(result.recommended.map((k, i) => [k, i + 1]));
  const chart = fitCostChart({ locale, result, capacity, midpoint: MID, nameOf, holder, words: props.words });
  return (
    <>
      <MatrixChart
        locale={locale}
        title={t.chartTitle}
        note={fill(t.orientationNote, { mid: formatNumber(locale, MID) })}
        pointsTitle={props.words?.pointsTitle ?? ''}
        chart={chart}
        holder={holder}
      />

      <Recommendation locale={locale} result={result} capacity={capacity} nameOf={nameOf} words={props.words} />

      <ExportActions
        title={t.exportTitle}
        onFailed={props.onExportFailed}
        actions={[
          {
            action: 'export-fit-cost',
            label: t.exportTable,
            disabled: table === null,
            // The CSV export and the download code are fetched on the click.
            download: () =>
              lazyImport(() => import('./fitCostCsv')).then((m) =>
                table ? m.downloadFitCostCsv(locale, t, $settings.get().numberFormat, table.candidates, table.pointOf, rankOf) : '',
              ),
          },
        ]}
      />
    </>
  );
}
