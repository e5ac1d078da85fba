/**
 * The status line of a matrix tool (what MatrixIntro shows): loading the sample, a refused write, a
 * failed export. The words are the common ones (src/i18n/common.en.ts) but for the tool's own
 * "sample loaded" and "refused" sentences.
 */
import { useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import type { MatrixStatus } from './MatrixIntro';

export type StatusTexts = { sampleLoaded: string; refused: string };

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
    onRefused: () => setStatus({ kind: 'error', text: t.refused }),
    onExportFailed: () => setStatus({ kind: 'error', text: COMMON[locale].exportFailed }),
  };
}
