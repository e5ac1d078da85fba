/**
 * The add and edit forms, fetched the first time one is opened: their parsing of typed amounts
 * and dates is not part of the tool's first download.
 */
import type { ComponentProps } from 'preact';
import type { AddClientForm, EditRow } from './ClientForms.tsx';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';

/** The line in place of a part still being fetched (or that could not be). */
export function FormLoading({ text }: { text: string }) {
  return (
    <p role="status" class="muted">
      {text}
    </p>
  );
}

type AddProps = ComponentProps<typeof AddClientForm>;
type EditProps = ComponentProps<typeof EditRow>;

export const LazyAddClientForm = lazyComponent(
  lazyLoader<AddProps>(() => import('./ClientForms.tsx').then((m) => m.AddClientForm)),
  (failed, { t }) => <FormLoading text={failed ? t.formFailed : t.formLoading} />,
);

/** The edit row; `colSpan` is the table's width, for the line shown while it loads. */
export const LazyEditRow = lazyComponent(
  lazyLoader<EditProps & { colSpan: number }>(() => import('./ClientForms.tsx').then((m) => m.EditRow)),
  (failed, { t, colSpan }) => (
    <tr class="editing-row">
      <td colSpan={colSpan}>
        <FormLoading text={failed ? t.formFailed : t.formLoading} />
      </td>
    </tr>
  ),
);
