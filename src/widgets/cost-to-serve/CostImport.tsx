/**
 * Import of cost lines from a CSV file, folded: the form (CostImportForm) is fetched the first time
 * the section is opened, so the tool's first download does not carry it. Once opened it stays
 * mounted, so closing and reopening keeps a preview.
 */
import { useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { Props } from './CostImportForm';
import { FIGURE_STRINGS } from './figureStrings';

const LazyForm = lazyComponent(
  lazyLoader<Props>(() => import('./CostImportForm').then((m) => m.CostImportForm)),
  (failed, { locale }) => (
    <p role="status" class={failed ? 'error' : 'muted'}>
      {failed ? COMMON[locale].importFailed : COMMON[locale].importLoading}
    </p>
  ),
);

export function CostImport(props: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details class="cts-import no-print" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{FIGURE_STRINGS[props.locale].importTitle}</summary>
      {opened && <LazyForm {...props} />}
    </details>
  );
}
