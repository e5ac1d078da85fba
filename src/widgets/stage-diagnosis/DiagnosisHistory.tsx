/**
 * The account's diagnoses in date order. With none yet (always so in the server-rendered page), a
 * sentence says so; the list and the chart (HistoryList.tsx) are fetched when the first one shows.
 */
import type { ComponentProps } from 'preact';
import { byDiagnosisDate } from '../../domain/index.ts';
import type { StageId } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import type { Diagnosis } from '../../state/index';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { HistoryList } from './HistoryList';
import { STRINGS } from './strings';

type T = (typeof STRINGS)[Locale];

type HistoryListProps = ComponentProps<typeof HistoryList>;
const LazyHistoryList = lazyComponent(
  lazyLoader<HistoryListProps>(() => import('./HistoryList').then((m) => m.HistoryList)),
  (failed, { locale }) => (failed ? <p role="alert">{STRINGS[locale].partFailed}</p> : null),
);

interface Props {
  locale: Locale;
  t: T;
  name: string;
  diagnoses: readonly Diagnosis[];
  editingId: string | null;
  stageNames: Record<StageId, string>;
  onDelete: (d: Diagnosis, said: string) => void;
}

export function DiagnosisHistory({ locale, t, name, diagnoses, editingId, stageNames, onDelete }: Props) {
  const sorted = byDiagnosisDate(diagnoses);
  return (
    <section class="sd-history" aria-label={t.historyTitle}>
      <h4>{t.historyTitle}</h4>
      {sorted.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <LazyHistoryList
          locale={locale}
          name={name}
          sorted={sorted}
          editingId={editingId}
          stageNames={stageNames}
          none={t.none}
          onDelete={onDelete}
        />
      )}
    </section>
  );
}
