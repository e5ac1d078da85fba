/**
 * The import panel, fetched when it is first shown. Reading a spreadsheet export needs PapaParse,
 * encoding and date detection and the column mapping UI (about 20 KB gzipped), which a visitor who
 * only reads the results never uses; the tool pages stay within their size budget this way.
 */
import type { ComponentProps } from 'preact';
import type { Locale } from '../../i18n/locales';
import type { ImportPanel as Panel } from './ImportPanel.tsx';
import { COMMON } from '../../i18n/common';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';

type Props = ComponentProps<typeof Panel>;
export const LazyImportPanel = lazyComponent<Props & { locale: Locale }>(
  lazyLoader<Props>(() => import('./ImportPanel.tsx').then((m) => m.ImportPanel)),
  (failed, { locale }) => (
    <p role="status" class="muted">
      {failed ? COMMON[locale].importFailed : COMMON[locale].importLoading}
    </p>
  ),
);
