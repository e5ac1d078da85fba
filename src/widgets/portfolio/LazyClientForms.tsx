/**
 * The add and edit forms, fetched the first time one is opened: their parsing of typed amounts
 * and dates is not part of the tool's first download.
 */
import type { ComponentProps } from 'preact';
import type { AddClientForm, EditRow } from './ClientForms.tsx';
import { COLUMNS } from './clientSort.ts';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import type { PortfolioStrings } from './strings.ts';

type AddProps = ComponentProps<typeof AddClientForm>;
type EditProps = ComponentProps<typeof EditRow>;

function Loading({ t, failed }: { t: PortfolioStrings; failed: boolean }) {
  return (
    <p role="status" class="muted">
      {failed ? t.formFailed : t.formLoading}
    </p>
  );
}

export const LazyAddClientForm = lazyComponent(
  lazyLoader<AddProps>(() => import('./ClientForms.tsx').then((m) => m.AddClientForm)),
  (failed, { t }) => <Loading t={t} failed={failed} />,
);

export const LazyEditRow = lazyComponent(
  lazyLoader<EditProps>(() => import('./ClientForms.tsx').then((m) => m.EditRow)),
  (failed, { t }) => (
    <tr class="editing-row">
      <td colSpan={COLUMNS.length + 2}>
        <Loading t={t} failed={failed} />
      </td>
    </tr>
  ),
);
