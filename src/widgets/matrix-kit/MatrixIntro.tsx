/**
 * The top of each matrix tool (classification matrix, fit vs cost, DPM): the intro, the empty state
 * with its "load sample" button, and the live region that reports what just happened.
 */
import { useEffect, useRef } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';
import type { SampleOutcome, useMatrixStatus } from './useMatrixStatus';

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
  // The sample button goes once there is data: focus moves to the news instead of the top of the page.
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status && (document.activeElement === null || document.activeElement === document.body)) message.current?.focus();
  }, [status]);
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
        {status && (
          <p class={status.kind === 'error' ? 'mx-error' : 'mx-ok'} tabIndex={-1} ref={message}>
            {status.text}
          </p>
        )}
      </div>
    </>
  );
}

/** The matrices' sample loaders (src/samples/matrixLoaders.ts), fetched on the click. */
export type MatrixLoaders = typeof import('../../samples/matrixLoaders');

/**
 * `<MatrixIntro>` with the page's currency note, wired to the tool's `useMatrixStatus()`: what every
 * matrix tool shows first. `loadSample` loads the tool's sample into the demo workspace with the
 * loaders, which are fetched on the click; loaders that cannot be fetched (offline before the site
 * was cached) are reported like a failed download, 'network', as `loadIntoDemo` does.
 */
export function MatrixTop(props: {
  locale: Locale;
  intro: string;
  empty: string | null;
  status: ReturnType<typeof useMatrixStatus>;
  loadSample: (loaders: MatrixLoaders) => Promise<SampleOutcome>;
}) {
  const { locale, intro, empty, status, loadSample } = props;
  return (
    <>
      <CurrencyNote locale={locale} />
      <MatrixIntro
        intro={intro}
        empty={empty}
        loadSampleLabel={COMMON[locale].loadSample}
        onLoadSample={() =>
          status.loadSample(() =>
            lazyImport(() => import('../../samples/matrixLoaders')).then(loadSample, (): SampleOutcome => ({ ok: false, code: 'network' })),
          )
        }
        busy={status.busy}
        status={status.status}
      />
    </>
  );
}
