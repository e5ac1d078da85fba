/**
 * The factor and worksheet rows (rows.tsx), fetched when the first row shows: after hydration for a
 * stored proposition, or on "Add". Both come from one module, so the second list has them at once.
 */
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { CsfRowsProps, LineRowsProps } from './rows';
import { STRINGS } from './strings';

// The rows could not be fetched (offline before the site was cached): say so where they would be.
const failedNote = (failed: boolean, { locale }: { locale: CsfRowsProps['locale'] }) =>
  failed ? (
    <p class="note" role="alert">
      {STRINGS[locale].rowsFailed}
    </p>
  ) : null;

export const LazyCsfRows = lazyComponent(
  lazyLoader<CsfRowsProps>(() => import('./rows').then((m) => m.CsfRows)),
  failedNote,
);
export const LazyLineRows = lazyComponent(
  lazyLoader<LineRowsProps>(() => import('./rows').then((m) => m.LineRows)),
  failedNote,
);
