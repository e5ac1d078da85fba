/**
 * The cost-line import's form (inside CostImport's folded section, fetched when it is first opened):
 * a CSV file read (the domain's importCostLines, loaded on the first file so PapaParse is not in
 * the page's first download), previewed with every skipped line and why, applied only on "Apply" —
 * and the caller offers the undo.
 */
import { useId, useState } from 'preact/hooks';
import type { CostImportLine, CostImportResult } from '../../domain/costLinesImport.ts';
import { fill } from '../../i18n/fill';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import type { Client } from '../../state/index.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { FIGURE_STRINGS } from './figureStrings';
import { IMPORT_STRINGS } from './importStrings';
import { TableHead } from '../shared/TableHead.tsx';

export type Props = {
  locale: Locale;
  clients: readonly Client[];
  money: (value: number) => string;
  onApply: (lines: CostImportLine[]) => void;
};

const PREVIEW_ROWS = 50;

export function CostImportForm({ locale, clients, money, onApply }: Props) {
  // The form's own words come with it; the column and cost type names are the tool's.
  const t = { ...FIGURE_STRINGS[locale], ...IMPORT_STRINGS[locale] };
  const uid = useId();
  const [result, setResult] = useState<CostImportResult | null>(null);
  const [readError, setReadError] = useState(false);

  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    setReadError(false);
    setResult(null);
    if (!file) return;
    try {
      const [{ importCostLines }, bytes] = await Promise.all([
        lazyImport(() => import('../../domain/costLinesImport.ts')),
        file.arrayBuffer(),
      ]);
      setResult(importCostLines(new Uint8Array(bytes), clients));
    } catch {
      setReadError(true);
    }
    input.value = '';
  }

  const lines = result?.ok ? result.lines : [];
  return (
    <>
      <p class="muted" id={`${uid}-hint`}>
        {t.importHint}
      </p>
      <label>
        {t.chooseFile}{' '}
        <input type="file" accept=".csv,.txt,text/csv" aria-describedby={`${uid}-hint`} onChange={(e) => void read(e.currentTarget)} />
      </label>
      <div role="status">
        {readError && <p class="error">{t['error.read']}</p>}
        {result && !result.ok && <p class="error">{t[`error.${result.code}`]}</p>}
      </div>
      {result?.ok && (
        <div class="cts-preview" data-preview>
          <h5>{fillCount(locale, t.previewTitle, { n: lines.length })}</h5>
          {lines.length > 0 && (
            <div class="table-scroll">
              <table>
                <TableHead cols={[t.colClient, t.colType, { num: t.colCost }]} />
                <tbody>
                  {lines.slice(0, PREVIEW_ROWS).map((l) => (
                    <tr key={l.row}>
                      <td>{l.name}</td>
                      <td>{t[`type.${l.type}`]}</td>
                      <td class="num">{money(l.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.issues.length > 0 && (
            <>
              <h5>{fillCount(locale, t.issuesTitle, { n: result.issues.length })}</h5>
              <ul class="cts-issues">
                {result.issues.slice(0, PREVIEW_ROWS).map((i) => (
                  <li key={i.row}>{fill(t.issueRow, { row: i.row, problem: fill(t[`issue.${i.code}`], { value: i.value }) })}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <button
              type="button"
              class="button"
              disabled={lines.length === 0}
              onClick={() => {
                onApply(lines);
                setResult(null);
              }}
            >
              {t.apply}
            </button>{' '}
            <button type="button" class="button secondary" onClick={() => setResult(null)}>
              {COMMON[locale].cancel}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
