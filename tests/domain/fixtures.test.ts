/**
 * The CSV corpus in tests/fixtures/csv (see generate.ts there for how each file was made), each file
 * with its expected import result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPortfolio, linesFromColumns, paretoAnalysis, previewImport } from '../../src/domain/index.ts';
import type { ImportResult, ImportSuccess } from '../../src/domain/index.ts';

const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));
const load = (name: string): ImportResult => importPortfolio(bytes(name));
function ok(name: string): ImportSuccess {
  const r = load(name);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r;
}
const summary = (r: ImportSuccess) => r.clients.map((c) => [c.key, c.name, c.revenue, c.rows]);

describe('fixture corpus', () => {
  it('Excel pt-BR in real Windows-1252 bytes: ; delimiter, decimal comma, R$ values, ids with leading zeros', () => {
    const raw = bytes('excel-ptbr-cp1252.csv');
    // The fixture really is Windows-1252: "ã" is the single byte 0xE3, which is invalid UTF-8 here.
    expect(raw.includes(0xe3)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    const r = ok('excel-ptbr-cp1252.csv');
    expect(r).toMatchObject({ mode: 'totals', delimiter: ';', encoding: 'windows-1252', decimal: ',', rowCount: 5, skippedRows: 0 });
    expect(r.columns).toEqual({ id: 'Código', name: 'Razão Social', amount: 'Faturamento (R$)', segment: 'Segmento' });
    expect(summary(r)).toEqual([
      ['0012', 'Padaria São João Ltda', 12345.67, 1],
      ['0045', 'Açougue Irmãos Araújo', 8900, 1],
      ['0101', 'Construtora Pé-de-Meia S/A', 150000.1, 1],
      ['0200', 'Farmácia Coração de Jesus', 1234.5, 1],
      ['0333', 'Distribuidora Três Marias', 987.65, 1],
    ]);
    expect(r.clients[3]!.segment).toBe('Saúde');
    expect(r.issues).toEqual([]);
  });

  it('Excel en: quoted currency values, a comma inside a quoted name, parentheses negative, blank lines', () => {
    const r = ok('excel-en.csv');
    expect(r).toMatchObject({ mode: 'totals', delimiter: ',', encoding: 'utf-8', decimal: '.', rowCount: 4 });
    expect(r.columns).toEqual({ name: 'Customer Name', amount: 'Sales' });
    expect(summary(r)).toEqual([
      ['acme corp', 'Acme Corp', 12500, 1],
      ['baker, smith & co', 'Baker, Smith & Co', 1234.56, 1],
      ['cobalt industries', 'Cobalt Industries', 980, 1],
      ['delta supplies', 'Delta Supplies', -150, 1],
    ]);
    // The credit balance is not a Pareto client; it is listed for review.
    expect(paretoAnalysis(r.clients).excluded.map((c) => c.key)).toEqual(['delta supplies']);
  });

  it('LibreOffice pt-BR: comma-delimited but decimal comma in quoted numbers, dd/mm/yyyy dates', () => {
    const r = ok('libreoffice-ptbr.csv');
    expect(r).toMatchObject({ mode: 'transactions', delimiter: ',', decimal: ',', dateOrder: 'dmy', rowCount: 4 });
    expect(summary(r)).toEqual([
      ['mercado bom preço', 'Mercado Bom Preço', 1334.56, 2],
      ['loja da esquina', 'Loja da Esquina', 89.9, 1],
      ['ótica visão', 'Ótica Visão', 2500, 1],
    ]);
    expect(r.clients[0]).toMatchObject({ firstDate: '2024-01-05', lastDate: '2024-02-20' });
    expect(r.lineColumns?.client).toHaveLength(4);
  });

  it('Google Sheets: ISO dates, id column, no trailing newline', () => {
    const r = ok('google-sheets.csv');
    expect(r).toMatchObject({ mode: 'transactions', delimiter: ',', decimal: '.', encoding: 'utf-8' });
    expect(r.columns).toEqual({ id: 'customer_id', name: 'customer', amount: 'amount', date: 'order date', segment: 'segment' });
    expect(summary(r)).toEqual([
      ['G-1', 'Northwind', 2000, 2],
      ['G-2', 'Southwind', 300, 1],
      ['G-3', 'Eastwind', 50.25, 1],
    ]);
    expect(linesFromColumns(r.lineColumns!)).toEqual([
      { key: 'G-1', date: '2024-01-15', amount: 1200.5 },
      { key: 'G-2', date: '2024-01-20', amount: 300 },
      { key: 'G-1', date: '2024-02-03', amount: 799.5 },
      { key: 'G-3', date: '2024-03-12', amount: 50.25 },
    ]);
  });

  it('ERP export: BOM, credit notes netted (leading and trailing minus), CNPJ ids, merged spellings, total line skipped', () => {
    const r = ok('erp-transactions.csv');
    expect(r).toMatchObject({
      mode: 'transactions',
      delimiter: ';',
      decimal: ',',
      dateOrder: 'dmy',
      encoding: 'utf-8',
      rowCount: 7,
      skippedRows: 1,
    });
    expect(r.columns).toEqual({ id: 'CNPJ', name: 'Cliente', amount: 'Valor Líquido', date: 'Data de Emissão', segment: 'Segmento' });
    expect(summary(r)).toEqual([
      ['01.234.567/0001-89', 'Supermercado Estrela Ltda', 11000, 3],
      ['98.765.432/0001-10', 'Hospital Santa Luzia', 4350.5, 2],
      ['11.111.111/0001-11', 'Escola Aprender', 750, 1],
    ]);
    expect(r.clients[0]).toMatchObject({ firstDate: '2024-01-02', lastDate: '2024-02-03', segment: 'Varejo' });
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [4, 'merged-names'],
      [8, 'total-row'],
    ]);
    expect(linesFromColumns(r.lineColumns!).find((l) => l.amount < 0 && l.key.startsWith('98'))).toEqual({
      key: '98.765.432/0001-10',
      date: '2024-02-10',
      amount: -150,
    });
  });

  it('tab-separated text pasted from a spreadsheet', () => {
    const r = ok('clipboard-tab.tsv');
    expect(r).toMatchObject({ delimiter: '\t', decimal: ',' });
    expect(summary(r)).toEqual([
      ['alfa', 'Alfa', 1000, 1],
      ['beta', 'Beta', 250.5, 1],
    ]);
  });

  it('Excel "Unicode text": UTF-16LE with BOM, tabs', () => {
    const r = ok('excel-unicode-text.txt');
    expect(r).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', decimal: ',' });
    expect(summary(r)).toEqual([
      ['ação química', 'Ação Química', 1500, 1],
      ['beta', 'Beta', 10, 1],
    ]);
  });

  it.each([
    ['broken-empty.csv', 'empty'],
    ['broken-header-only.csv', 'no-rows'],
    ['broken-no-amount.csv', 'no-amount-column'],
    ['broken-binary.png.csv', 'binary'],
  ])('%s fails with %s', (name, code) => {
    const r = load(name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
    const p = previewImport(bytes(name));
    if (code !== 'no-rows' && code !== 'no-amount-column') expect(p.ok).toBe(false);
  });

  it('ragged rows: short rows that still hold the amount are kept, shifted rows are skipped with their line', () => {
    const r = ok('broken-ragged.csv');
    expect(summary(r)).toEqual([
      ['alfa', 'Alfa', 100, 1],
      ['beta', 'Beta', 200, 1],
      ['delta', 'Delta', 300, 1],
      ['épsilon', 'Épsilon', 500, 1],
    ]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [4, 'ragged-row'],
      [6, 'ragged-row'],
    ]);
    expect(r).toMatchObject({ rowCount: 6, skippedRows: 2 });
  });

  it('quoted newlines, doubled quotes and delimiters inside quotes; line numbers stay those of the file', () => {
    const r = ok('broken-quoted-newlines.csv');
    expect(r.delimiter).toBe(';');
    expect(summary(r)).toEqual([
      ['alfa comércio', 'Alfa Comércio', 1000, 1],
      ['beta', 'Beta', 200, 1],
      ['delta', 'Delta', 50, 1],
    ]);
    // "Gama" starts on line 5 and spans three lines; its amount "abc" is not a number.
    expect(r.issues).toEqual([{ row: 5, column: 'Valor', code: 'invalid-amount', message: expect.any(String) }]);
  });

  it('previews every good fixture with the same decisions the import makes', () => {
    for (const name of ['excel-ptbr-cp1252.csv', 'excel-en.csv', 'libreoffice-ptbr.csv', 'google-sheets.csv', 'erp-transactions.csv']) {
      const p = previewImport(bytes(name));
      const r = ok(name);
      expect(p.ok, name).toBe(true);
      if (!p.ok) continue;
      expect(p.delimiter).toBe(r.delimiter);
      expect(p.encoding).toBe(r.encoding);
      expect(p.decimal).toBe(r.decimal);
      expect(p.suggested.amount).toBe(r.columns.amount);
      expect(p.rowCount).toBe(r.rowCount);
    }
  });
});
