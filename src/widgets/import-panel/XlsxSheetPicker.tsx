/**
 * What the import panel shows for an Excel workbook: which sheet was read (a labelled select when
 * the workbook has more than one) and the currency its amount cells are formatted in.
 */
import { useId } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { ImportStrings } from './importStrings.ts';

export type WorkbookView = { sheets: { name: string; hidden: boolean }[]; sheet: number; currency?: string };

type Props = { t: ImportStrings; workbook: WorkbookView; disabled: boolean; onPick: (sheet: number) => void };

export function XlsxSheetPicker({ t, workbook, disabled, onPick }: Props) {
  const id = useId();
  const current = workbook.sheets[workbook.sheet]?.name ?? '';
  return (
    <div class="import-workbook" data-import-workbook>
      {workbook.sheets.length > 1 && (
        <div class="import-field">
          <label for={`${id}-sheet`}>{t.sheetLabel}</label>
          <select
            id={`${id}-sheet`}
            value={String(workbook.sheet)}
            disabled={disabled}
            onChange={(e) => onPick(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {workbook.sheets.map((s, i) => (
              <option value={String(i)} key={i}>
                {s.hidden ? fill(t.sheetHidden, { name: s.name }) : s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p>
        {fill(t.workbookRead, { sheet: current })}
        {workbook.currency ? ` ${fill(t.workbookCurrency, { currency: workbook.currency })}` : ''}
      </p>
    </div>
  );
}
