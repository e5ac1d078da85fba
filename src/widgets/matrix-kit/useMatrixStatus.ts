/**
 * The status line of a matrix tool (what MatrixIntro shows): loading the sample, a refused write, a
 * failed export. The words are the common ones (src/i18n/common.en.ts) but for the tool's own
 * "sample loaded" sentence; a refused write is put into words by `writeProblem`, as in every tool,
 * fetched when a write is first refused (read-only data, another tab…), which most visits never see.
 */
import { useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import type { WriteResult } from '../../state/index.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { refused } from './refused';
import type { MatrixStatus } from './MatrixIntro';

/** `refused` is only said when a caller reports a refusal without its result (older callers). */
export type StatusTexts = { sampleLoaded: string; refused?: string };

export type SampleOutcome = { ok: true; count: number } | { ok: false; code: string };

export function useMatrixStatus(locale: Locale, t: StatusTexts) {
  const [status, setStatus] = useState<MatrixStatus>(null);
  const [busy, setBusy] = useState(false);

  const loadSample = async (load: () => Promise<SampleOutcome>) => {
    setBusy(true);
    setStatus({ kind: 'info', text: COMMON[locale].loadingSample });
    const r = await load();
    setBusy(false);
    setStatus(
      r.ok
        ? { kind: 'info', text: fillCount(locale, t.sampleLoaded, { n: r.count }) }
        : { kind: 'error', text: fill(COMMON[locale].sampleFailed, { code: r.code }) },
    );
  };

  return {
    status,
    busy,
    loadSample,
    /**
     * A write storage refused: "Not saved: <why>." (`writeProblem`). A write that was not refused
     * (saved, or kept for this visit) says nothing, so a write's result can be passed as it is.
     */
    onRefused: (result?: WriteResult) => {
      const say = (text: string | null) => {
        if (text !== null) setStatus({ kind: 'error', text });
      };
      if (!result) return say(t.refused ?? null);
      if (result.ok || !refused(result)) return;
      const { reason } = result;
      lazyImport(() => import('../shared/writeProblem')).then(
        (m) => say(m.writeProblem(result, locale)),
        // Its code gone after a site update (the page then offers to reload): the refusal and its
        // reason are still said, in writeProblem's words without the tool's own.
        () => say(fill(COMMON[locale].notSaved, { reason: COMMON[locale][`reason.${reason}`] })),
      );
    },
    onExportFailed: () => setStatus({ kind: 'error', text: COMMON[locale].exportFailed }),
  };
}
