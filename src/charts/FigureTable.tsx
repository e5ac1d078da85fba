/**
 * The table behind a figure: caption, a header row, and one row a record whose first cell heads the
 * row; numeric columns are right-aligned. ChartFigure puts one under every chart; a figure that
 * shows its table outright uses it too, with `name` (`data-table`) and data attributes on its rows
 * and columns for the tests and the print view.
 */
import type { ComponentChildren } from 'preact';

type DataAttributes = Record<`data-${string}`, string>;

export interface ChartTable {
  caption: string;
  headers: string[];
  rows: ComponentChildren[][];
  /** Columns (by index) holding numbers: right-aligned. */
  numeric?: number[];
}

type Props = ChartTable & {
  name?: string;
  captionClass?: string;
  /** Data attributes of each row (by index), e.g. the account it is about. */
  rowData?: readonly DataAttributes[];
  /** Data attributes of every cell of a column (by column index), e.g. the stage it counts. */
  columnData?: readonly (DataAttributes | undefined)[];
};

export function FigureTable({ caption, headers, rows, numeric, name, captionClass, rowData, columnData }: Props) {
  const num = (i: number) => (numeric?.includes(i) ? 'num' : undefined);
  return (
    <div class="table-scroll">
      <table data-table={name}>
        <caption class={captionClass}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th scope="col" class={num(i)} key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} {...rowData?.[r]}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th scope="row" key={i}>
                    {cell}
                  </th>
                ) : (
                  <td class={num(i)} key={i} {...columnData?.[i]}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
