/**
 * The lower half of the classification matrix: the chart with its list of points, the quadrant cards
 * and the CSV exports. Without clients it shows them empty (the first view every visitor gets, in the
 * first download); with clients, WithAccounts.tsx fills them with the classified accounts.
 */
import { useRef } from 'preact/hooks';
import type { ClassifiedAccount } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { $settings } from '../../state/index.ts';
import type { Client, MatrixConfig } from '../../state/index.ts';
import { MatrixChart } from '../matrix-kit/MatrixChart';
import { ExportActions } from '../matrix-kit/ExportActions';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { QuadrantCards } from './QuadrantCards';
import { classificationChart } from './classificationChart';
import { STRINGS } from './strings';
import type { ACCOUNT_STRINGS } from './accountStrings';

/** The CSV exports and the download code, fetched on an export button's click. */
const exports = () => lazyImport(() => import('./matrixCsv'));

/** What the scores table export holds: the key accounts, their scores and results. */
export type ScoresExport = {
  accounts: readonly Client[];
  scoresOf: (key: string) => Readonly<Record<string, number>>;
  results: ReadonlyMap<string, ClassifiedAccount>;
};

/** The classified accounts as the lower half shows them (WithAccounts.tsx makes it), and the top's sentence. */
export type AccountsView = {
  /** The empty-state sentence at the top of the tool (null: there is something to show). */
  empty: string | null;
  /** Largest revenue first. */
  sorted: readonly ClassifiedAccount[];
  nameOf: (key: string) => string;
  money: (n: number) => string;
  words: (typeof ACCOUNT_STRINGS)[Locale] | null;
  scores: ScoresExport | null;
};

export function MatrixResults(props: {
  locale: Locale;
  config: MatrixConfig;
  /** The configuration's problem, said above the chart (null: none). */
  configProblem: string | null;
  /** The classified accounts, largest revenue first. */
  sorted: readonly ClassifiedAccount[];
  nameOf: (key: string) => string;
  money: (n: number) => string;
  /** The words only accounts need (accountStrings, fetched with them); null without accounts. */
  words: (typeof ACCOUNT_STRINGS)[Locale] | null;
  /** The scores table to export; null while there is no key account to put in it. */
  scores: ScoresExport | null;
  onExportFailed: () => void;
}) {
  const { locale, config, sorted, nameOf, scores } = props;
  const t = STRINGS[locale];
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const chart = classificationChart({ locale, sorted, nameOf, money: props.money, midpoint: config.midpoint, holder, words: props.words });
  return (
    <>
      {props.configProblem && <p class="mx-error">{props.configProblem}</p>}

      <MatrixChart
        locale={locale}
        title={t.chartTitle}
        note={fill(t.orientationNote, { mid: formatNumber(locale, config.midpoint) })}
        pointsTitle={props.words?.pointsTitle ?? ''}
        chart={chart}
        holder={holder}
      />

      <h3>{t.cardsTitle}</h3>
      <QuadrantCards locale={locale} sorted={sorted} nameOf={nameOf} accountsHere={props.words?.accountsHere ?? null} />

      <ExportActions
        title={t.exportTitle}
        onFailed={props.onExportFailed}
        actions={[
          {
            action: 'export-matrix',
            label: t.exportMatrix,
            disabled: scores === null,
            download: () =>
              exports().then((m) =>
                scores
                  ? m.downloadMatrixCsv($settings.get().numberFormat, locale, t, config, scores.accounts, scores.scoresOf, scores.results)
                  : '',
              ),
          },
          {
            action: 'export-criteria',
            label: t.exportCriteria,
            download: () => exports().then((m) => m.downloadCriteriaCsv($settings.get().numberFormat, locale, t, config)),
          },
        ]}
      />
    </>
  );
}
