/**
 * The top of each matrix tool (classification matrix, fit vs cost, DPM): the intro, the empty state
 * with its "load sample" button, and the live region that reports what just happened.
 */
export type MatrixStatus = { kind: 'info' | 'error'; text: string } | null;

export function MatrixIntro(props: {
  intro: string;
  /** The empty-state sentence, or null when there is something to show. */
  empty: string | null;
  loadSampleLabel: string;
  onLoadSample: () => void;
  busy: boolean;
  status: MatrixStatus;
}) {
  const { intro, empty, loadSampleLabel, onLoadSample, busy, status } = props;
  return (
    <>
      <p>{intro}</p>
      {empty && (
        <div class="note mx-empty">
          <p>{empty}</p>
          <button type="button" class="button no-print" data-action="load-sample" onClick={onLoadSample} disabled={busy}>
            {loadSampleLabel}
          </button>
        </div>
      )}
      <div aria-live="polite" class="mx-status">
        {status && <p class={status.kind === 'error' ? 'mx-error' : 'mx-ok'}>{status.text}</p>}
      </div>
    </>
  );
}
