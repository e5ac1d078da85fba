/**
 * Business fit vs implementation cost island: every client of the portfolio can be scored 0–10 on
 * fit and cost; the scatter shades the "select" zone; the domain's `assessFitCost` gives the zones,
 * the recommended list and whether it exceeds the team's capacity (`$settings.keyAccountCapacity`,
 * editable here). This file lays the parts out in the order of the page. The first view (no clients:
 * the capacity, the empty chart and recommendation) is all in the first download; the scores table
 * and the assessment of the clients (WithCandidates.tsx) are fetched once hydration finds clients,
 * which the server-rendered page never has.
 */
import { useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import { assessFitCost } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { $portfolio, $settings, updateSettings } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { useTyping } from '../shared/useTyping.ts';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import '../matrix-kit/matrix.css';
import { MatrixTop } from '../matrix-kit/MatrixIntro';
import { useMatrixStatus } from '../matrix-kit/useMatrixStatus';
import { whenRefused } from '../matrix-kit/refused';
import { partLoading } from '../matrix-kit/PartLoading';
import { FitCostResults, MID } from './FitCostResults';
import type { CandidatesView } from './FitCostResults';
import type { WithCandidates as Candidates } from './WithCandidates';
import { STRINGS } from './strings';

type CandidatesProps = ComponentProps<typeof Candidates>;

// While the candidates' part loads, a line says so in its place (matrix-kit/PartLoading).
const LazyWithCandidates = lazyComponent(
  lazyLoader<CandidatesProps>(() => import('./WithCandidates').then((m) => m.WithCandidates)),
  (failed, { locale }) =>
    partLoading(failed, { loading: STRINGS[locale].loadingCandidates, failed: STRINGS[locale].partFailed }, 'candidates'),
);

export default function FitCost({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const hasClients = useStored($portfolio).clients.length > 0;
  const settings = useStored($settings);
  const [capacityText, setCapacityText] = useState<string | null>(null);
  // With clients, the candidates' part hands over their assessment (and whether any is scored).
  const [candidatesView, setCandidatesView] = useState<CandidatesView | null>(null);
  const scoreTyping = useTyping();
  const matrixStatus = useMatrixStatus(locale, t);
  const { onRefused, onExportFailed } = matrixStatus;
  const capacity = settings.keyAccountCapacity;
  const view = hasClients ? candidatesView : null;

  const onCapacity = (input: HTMLInputElement) => {
    // A number field: the browser gives '' or a plain number ("8"), whatever the page's language.
    const n = input.value.trim() === '' ? null : Number(input.value);
    if (n !== null && Number.isInteger(n) && n >= 0 && n <= 10_000) {
      setCapacityText(null);
      whenRefused(updateSettings({ keyAccountCapacity: n }), onRefused);
    } else {
      setCapacityText(input.value);
    }
  };

  return (
    <div class="mx-widget" data-widget="fit-cost">
      <MatrixTop
        locale={locale}
        intro={t.intro}
        empty={hasClients ? (view?.empty ?? null) : t.emptyNoClients}
        status={matrixStatus}
        loadSample={(m) => m.loadFitCostSample(locale)}
      />

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

      {hasClients && (
        <LazyWithCandidates
          locale={locale}
          t={t}
          typing={scoreTyping}
          capacity={capacity}
          midpoint={MID}
          onRefused={onRefused}
          onView={setCandidatesView}
        />
      )}
      <FitCostResults
        locale={locale}
        result={view?.result ?? assessFitCost({ candidates: [], capacity, midpoint: MID })}
        capacity={capacity}
        nameOf={view?.nameOf ?? ((key) => key)}
        words={view?.words ?? null}
        table={view?.table ?? null}
        onExportFailed={onExportFailed}
      />
    </div>
  );
}
