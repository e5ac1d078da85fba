/**
 * The add and edit forms, fetched the first time one is opened: their parsing of typed amounts
 * and dates is not part of the tool's first download.
 */
import type { ComponentProps } from 'preact';
import type { AddClientForm, EditRow } from './ClientForms.tsx';
import { COLUMNS } from './clientSort.ts';
import { lazyLoader, useLazyComponent } from '../shared/useLazyComponent.ts';
import type { PortfolioStrings } from './strings.ts';

type AddProps = ComponentProps<typeof AddClientForm>;
type EditProps = ComponentProps<typeof EditRow>;
const addForm = lazyLoader<AddProps>(() => import('./ClientForms.tsx').then((m) => m.AddClientForm));
const editRow = lazyLoader<EditProps>(() => import('./ClientForms.tsx').then((m) => m.EditRow));

function Loading({ t, failed }: { t: PortfolioStrings; failed: boolean }) {
  return (
    <p role="status" class="muted">
      {failed ? t.formFailed : t.formLoading}
    </p>
  );
}

export function LazyAddClientForm(props: AddProps) {
  const { Component, failed } = useLazyComponent(addForm);
  return Component ? <Component {...props} /> : <Loading t={props.t} failed={failed} />;
}

export function LazyEditRow(props: EditProps) {
  const { Component, failed } = useLazyComponent(editRow);
  if (Component) return <Component {...props} />;
  return (
    <tr class="editing-row">
      <td colSpan={COLUMNS.length + 2}>
        <Loading t={props.t} failed={failed} />
      </td>
    </tr>
  );
}
