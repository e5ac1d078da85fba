/**
 * The account's diagnoses once it has some: the list (each can be deleted) and the stage over time
 * as a chart with its table. Fetched when it first shows (DiagnosisHistory.tsx): the server-rendered
 * page never has stored diagnoses, they arrive after hydration or with the first answer.
 */
import type { StageId } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { lazyImport } from '../../scripts/lazyImport.ts';
import type { Locale } from '../../i18n/locales';
import { formatDate } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import type { Diagnosis } from '../../state/index';
import { RemoveRowButton } from '../shared/RemoveRowButton';
import { DETAIL_STRINGS } from './detailStrings';

interface Props {
  locale: Locale;
  name: string;
  /** Oldest first. */
  sorted: readonly Diagnosis[];
  editingId: string | null;
  stageNames: Record<StageId, string>;
  /** The page's mark for "no stage". */
  none: string;
  /** `said`: the sentence that tells the deletion (its words come with this list). */
  onDelete: (d: Diagnosis, said: string) => void;
}

export function HistoryList({ locale, name, sorted, editingId, stageNames, none, onDelete }: Props) {
  const t = DETAIL_STRINGS[locale];
  const labels = sorted.map((d) => formatDate(locale, d.date, 'short'));
  const points = sorted.map((d, i) => `${labels[i]} ${stageNames[d.stage]}`).join('; ');
  // The chart's configuration comes with chart.js, when the figure scrolls into view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./diagnosisChart')).then((m) =>
      m.diagnosisChartConfig({ labels, stages: sorted.map((d) => d.stage), axis: t.chartStageAxis, stageNames }, palette),
    );
  return (
    <>
      <ul class="sd-history-list">
        {[...sorted].reverse().map((d) => (
          <li key={d.id}>
            <span>
              <time dateTime={d.date}>{formatDate(locale, d.date)}</time>: <strong>{stageNames[d.stage]}</strong>
              {d.targetStage && (
                <>
                  {' '}
                  ({t.historyTarget}: {stageNames[d.targetStage]})
                </>
              )}
              {d.id === editingId && <span class="muted"> {t.historyCurrent}</span>}
            </span>{' '}
            <RemoveRowButton
              class="sd-delete no-print"
              label={fill(t.historyDelete, { date: formatDate(locale, d.date) })}
              onClick={() => onDelete(d, fill(t.historyDeleted, { date: formatDate(locale, d.date) }))}
            />
          </li>
        ))}
      </ul>
      <ChartFigure
        locale={locale}
        config={config}
        summary={
          sorted.length === 1
            ? fill(t.chartSummaryOne, { account: name, stage: stageNames[sorted[0]!.stage], date: labels[0]! })
            : fill(t.chartSummary, { account: name, points })
        }
        table={{
          caption: fill(t.chartCaption, { account: name }),
          headers: [t.historyDate, t.historyStage, t.historyTarget],
          rows: sorted.map((d, i) => [labels[i]!, stageNames[d.stage], d.targetStage ? stageNames[d.targetStage] : none]),
        }}
        dataKey={sorted.map((d) => `${d.id}:${d.stage}`).join('|')}
        height="short"
      />
    </>
  );
}
