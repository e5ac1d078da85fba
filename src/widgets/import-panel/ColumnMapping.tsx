/**
 * Which column of the file holds what: folded away while the automatic mapping found every column
 * the import needs (most files), open when it missed one. Below it, the file's first rows.
 */
import { useId } from 'preact/hooks';
import { EXTRA_ROLES } from '../../domain/portfolioExtras.ts';
import type { ExtraColumns, ExtraRole } from '../../domain/portfolioExtras.ts';
import type { ColumnNames } from '../../domain/index.ts';
import type { ImportStrings } from './importStrings.ts';

export type Role = 'id' | 'name' | 'amount' | 'date' | 'segment';
export const ROLES: readonly Role[] = ['id', 'name', 'amount', 'date', 'segment'];
const ROLE_LABEL: Record<Role | ExtraRole, keyof ImportStrings> = {
  id: 'roleId',
  name: 'roleName',
  amount: 'roleAmount',
  date: 'roleDate',
  segment: 'roleSegment',
  previousRevenue: 'rolePreviousRevenue',
  marginPct: 'roleMarginPct',
  firstPurchase: 'roleFirstPurchase',
  manager: 'roleManager',
  keyAccount: 'roleKeyAccount',
  notes: 'roleNotes',
};
const PREVIEW_SHOWN = 5;

type Props = {
  t: ImportStrings;
  preview: { headers: string[]; rows: string[][] };
  columns: ColumnNames;
  onColumn: (role: Role, header: string) => void;
  /** The portfolio's extra columns (previous revenue, margin…); null when the tool has none. */
  extras: ExtraColumns | null;
  onExtra: (role: ExtraRole, header: string) => void;
  /** The automatic mapping missed a column the import needs: the mapping starts open. */
  unsure: boolean;
};

export function ColumnMapping({ t, preview, columns, onColumn, extras, onExtra, unsure }: Props) {
  const id = useId();
  const headerOptions = (value: string | undefined, onChange: (v: string) => void, label: string, key: string) => (
    <div class="import-field" key={key}>
      <label for={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t.notInFile}</option>
        {preview.headers.map((h, i) => (
          <option value={h} key={i}>
            {h === '' ? `#${i + 1}` : h}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <details class="tool-disclosure import-mapping-details" open={unsure} data-mapping={unsure ? 'unsure' : 'automatic'}>
        <summary>{unsure ? t.mappingCheck : t.mappingAutomatic}</summary>
        <fieldset class="import-mapping">
          <legend class="sr-only">{t.mappingHeading}</legend>
          <div class="import-grid">
            {ROLES.map((role) => headerOptions(columns[role], (v) => onColumn(role, v), t[ROLE_LABEL[role]], role))}
            {extras && EXTRA_ROLES.map((role) => headerOptions(extras[role], (v) => onExtra(role, v), t[ROLE_LABEL[role]], role))}
          </div>
        </fieldset>
      </details>

      <div class="table-scroll">
        <table class="import-sample">
          <caption>{t.firstRows}</caption>
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, PREVIEW_SHOWN).map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
