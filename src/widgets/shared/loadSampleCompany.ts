/**
 * "Load the sample company" for the tools that work on the whole portfolio. The loaders
 * (src/samples/loaders.ts) are fetched on the click, so a page does not ship them before a learner
 * asks; code that cannot be fetched is reported like a failed download: 'network'.
 */
import type { Locale } from '../../i18n/locales';
import type { SampleLoadResult } from '../../samples/loaders';
import { lazyImport } from '../../scripts/lazyImport.ts';

export function loadSampleCompany(locale: Locale): Promise<SampleLoadResult> {
  return lazyImport(() => import('../../samples/loaders')).then(
    (loaders) => loaders.loadSampleCompany(locale),
    (): SampleLoadResult => ({ ok: false, code: 'network' }),
  );
}
