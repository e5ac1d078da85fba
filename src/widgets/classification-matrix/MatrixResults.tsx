/**
 * The lower half of the classification matrix: the chart with its list of points, the quadrant cards
 * and the CSV exports. Without clients it shows them empty (the first view every visitor gets, in the
 * first download); with clients, WithAccounts.tsx fills them with the classified accounts.
 */
import { useRef } from 'preact/hooks';
import type { ClassifiedAccount, CsvFormat } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $settings } from '../../state/index.ts';
import type { MatrixConfig } from '../../state/index.ts';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { matrixExports } from './matrixExports';
import { QuadrantCards } from './QuadrantCards';
import { classificationChart } from './classificationChart';
import { STRINGS } from './strings';

export function MatrixResults(props: {
  locale: Locale;
  config: MatrixConfig;
  /** The configuration's problem, said above the chart (null: none). */
  configProblem: string | null;
  /** The classified accounts, largest revenue first. */
  sorted: readonly ClassifiedAccount[];
  nameOf: (key: string) => string;
  money: (n: number) => string;
  /** Downloads the scores table; null while there is no key account to put in it. */
  exportMatrix: ((format: CsvFormat) => Promise<unknown>) | null;
  onExportFailed: () => void;
}) {
  const { locale, config, sorted, nameOf, exportMatrix } = props;
  const t = STRINGS[locale];
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const chart = classificationChart({ locale, sorted, nameOf, money: props.money, midpoint: config.midpoint, holder });
  return (
    <>
      {props.configProblem && <p class="mx-error">{props.configProblem}</p>}

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
        onFailed={props.onExportFailed}
        actions={[
          {
            action: 'export-matrix',
            label: t.exportMatrix,
            disabled: exportMatrix === null,
            download: () => (exportMatrix ? exportMatrix($settings.get().numberFormat) : Promise.resolve()),
          },
          {
            action: 'export-criteria',
            label: t.exportCriteria,
            download: () => matrixExports().then((m) => m.downloadCriteriaCsv($settings.get().numberFormat, locale, t, config)),
          },
        ]}
      />
    </>
  );
}
