import { describe, expect, it } from 'vitest';
import { importPortfolio, linesFromColumns, monthlyFromColumns } from '../../src/domain/index.ts';
import { monthlyFromLines } from '../../src/domain/portfolioExtras.ts';
import { runImport } from '../../src/import/importRun.ts';
import { monthSpan } from '../../src/import/monthSpan.ts';
import { generateTransactions } from '../../bench/generate.ts';

// Credit notes, a bad date, a row without a client, a client on two spellings, sub-cent amounts.
const MESSY = [
  'Cliente;Data;Valor',
  'Alfa;15/01/2024;0,1',
  'Beta;31/01/2024;1.234,56',
  'Alfa;16/01/2024;0,2',
  'Alfa;02/02/2024;-0,3',
  'Gama;99/99/2024;10,00',
  ';03/02/2024;5,00',
  'ALFA ;28/02/2024;0,005',
  'Beta;01/12/2023;7,77',
  'Gama;01/03/2024;3,333',
].join('\n');

describe('lines as columns', () => {
  for (const [name, csv] of [
    ['a messy file', MESSY],
    ['a generated export', generateTransactions(5000, 40, 7)],
  ] as const) {
    it(`give the same lines and monthly sums as the line objects (${name})`, () => {
      const withLines = importPortfolio(csv, { includeLines: true });
      if (!withLines.ok || !withLines.lines || !withLines.lineColumns) throw new Error('import');
      const columns = withLines.lineColumns;
      expect(linesFromColumns(columns)).toEqual(withLines.lines);
      expect(monthlyFromColumns(columns)).toEqual(monthlyFromLines(withLines.lines));
      expect(columns.client.length).toBe(withLines.lines.length);
    });
  }

  it('are left out when not wanted, and without a date column', () => {
    const plain = importPortfolio(MESSY, { lineColumns: false });
    expect(plain.ok && plain.lineColumns).toBe(undefined);
    const undated = importPortfolio('Cliente;Valor\nAlfa;1\nAlfa;2');
    expect(undated.ok && undated.lineColumns).toBe(undefined);
  });
});

describe('runImport', () => {
  it('gives the lines, monthly sums and months of the domain import', () => {
    const out = runImport({ input: MESSY, options: {}, extras: {} });
    const domain = importPortfolio(MESSY, { includeLines: true });
    if (!out.ok || !domain.ok || !domain.lines || !out.lineColumns) throw new Error('import');
    expect(linesFromColumns(out.lineColumns)).toEqual(domain.lines);
    expect(out.monthlySales).toEqual(monthlyFromLines(domain.lines));
    expect(out.months).toEqual(monthSpan(domain.lines));
    expect(out.months).toEqual({ start: '2023-12', end: '2024-03' });
    expect(out.summary.rowCount).toBe(domain.rowCount);
    expect('lineColumns' in out.summary).toBe(false);
  });

  it('leaves the lines out when the caller only keeps monthly sums, with the same sums', () => {
    const all = runImport({ input: MESSY, options: {}, extras: {} });
    const compact = runImport({ input: MESSY, options: {}, extras: {}, lines: false });
    if (!all.ok || !compact.ok) throw new Error('import');
    expect(compact.lineColumns).toBe(undefined);
    const expanded = compact;
    expect(expanded.monthlySales).toEqual(all.monthlySales);
    expect(expanded.months).toEqual(all.months);
    expect(expanded.clients).toEqual(all.clients);
  });

  it('survives a structured clone of the compact outcome (what the worker posts)', () => {
    const compact = runImport({ input: MESSY, options: {}, extras: {} });
    const cloned = structuredClone(compact);
    expect(cloned).toEqual(runImport({ input: MESSY, options: {}, extras: {} }));
  });
});
