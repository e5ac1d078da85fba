import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  MAX_ISSUES,
  clientKeyFromName,
  decodeBytes,
  detectDelimiter,
  findHeader,
  guessColumns,
  importErrorMessage,
  importIssueMessage,
  importPortfolio,
  linesFromColumns,
  looksBinary,
  normaliseHeader,
  previewImport,
  readSepLine,
  toCsv,
} from '../../src/domain/index.ts';
import type { ImportResult, ImportSuccess } from '../../src/domain/index.ts';

function ok(r: ImportResult): ImportSuccess {
  if (!r.ok) throw new Error(r.error.code);
  return r;
}

describe('importPortfolio', () => {
  it('per-client totals with a pt-BR header', () => {
    const r = ok(importPortfolio('Cliente;Faturamento\nAlfa;1.000,00\nBeta;250,50\n'));
    expect(r.mode).toBe('totals');
    expect(r.clients).toEqual([
      { key: 'alfa', name: 'Alfa', revenue: 1000, rows: 1 },
      { key: 'beta', name: 'Beta', revenue: 250.5, rows: 1 },
    ]);
    expect(r.lines).toBeUndefined();
    expect(r.lineColumns).toBeUndefined();
    expect(r.dateOrder).toBeUndefined();
  });

  it('a client on several rows makes it a transactions file, summed per client, credit notes netted', () => {
    const r = ok(importPortfolio('customer,amount\nAcme,100\nBeta,50\nacme ,-30\n  ACME  ,5.5\n'));
    expect(r.mode).toBe('transactions');
    expect(r.clients.map((c) => [c.key, c.name, c.revenue, c.rows])).toEqual([
      ['acme', 'Acme', 75.5, 3],
      ['beta', 'Beta', 50, 1],
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['merged-names']);
    expect(r.issues[0]!.row).toBe(4);
    expect(r.issues[0]!.message).toContain('ACME');
  });

  it('sums without binary noise (0.1 + 0.2)', () => {
    const r = ok(importPortfolio('customer,amount\nA,0.1\nA,0.2\n'));
    expect(r.clients[0]!.revenue).toBe(0.3);
  });

  it('the name key collapses inner spaces and case-folds', () => {
    expect(clientKeyFromName('  Padaria   SÃO  João ')).toBe('padaria são joão');
  });

  it('reports bad rows with their line numbers and keeps going', () => {
    const csv = ['Cliente;Valor', 'Alfa;10', ';20', 'Gama;', 'Delta;abc', '', 'Épsilon;5'].join('\n');
    const r = ok(importPortfolio(csv));
    expect(r.clients.map((c) => c.key)).toEqual(['alfa', 'épsilon']);
    expect(r.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [3, 'missing-name', 'Cliente'],
      [4, 'missing-amount', 'Valor'],
      [5, 'invalid-amount', 'Valor'],
    ]);
    expect(r.rowCount).toBe(5);
    expect(r.skippedRows).toBe(3);
  });

  it('counts lines from the file, with blank lines and CRLF before the header', () => {
    const r = ok(importPortfolio('\r\n\r\nCliente;Valor\r\nAlfa;x\r\n'.replace('Alfa;x', 'Alfa;x\r\nBeta;1')));
    expect(r.issues[0]).toMatchObject({ row: 4, code: 'invalid-amount' });
  });

  it('date column: dd/mm/yyyy proven by a day > 12 anywhere in the column, even far down the file', () => {
    const rows = ['Cliente;Data;Valor'];
    for (let i = 0; i < 3000; i++) rows.push(`C${i % 7};0${1 + (i % 9)}/01/2024;1`);
    rows.push('C1;25/01/2024;1');
    const r = ok(importPortfolio(rows.join('\n')));
    expect(r.dateOrder).toBe('dmy');
    expect(r.clients.find((c) => c.key === 'c1')!.lastDate).toBe('2024-01-25');
  });

  it('ambiguous dates: day first in ; files, month first otherwise; options.dateOrder overrides', () => {
    expect(ok(importPortfolio('Cliente;Data;Valor\nA;03/04/2024;1\n')).clients[0]!.firstDate).toBe('2024-04-03');
    expect(ok(importPortfolio('Customer,Date,Amount\nA,03/04/2024,1\n')).clients[0]!.firstDate).toBe('2024-03-04');
    expect(ok(importPortfolio('Customer,Date,Amount\nA,03/04/2024,1\n', { dateOrder: 'dmy' })).clients[0]!.firstDate).toBe('2024-04-03');
  });

  it('a bad date keeps the amount and is reported', () => {
    const r = ok(importPortfolio('Customer,Date,Amount\nA,2024-02-30,5\nA,2024-03-01,1\n'));
    expect(r.clients[0]).toMatchObject({ revenue: 6, firstDate: '2024-03-01', lastDate: '2024-03-01', rows: 2 });
    expect(r.issues).toEqual([{ row: 2, column: 'Date', code: 'invalid-date', message: expect.any(String) }]);
    expect(linesFromColumns(r.lineColumns!)).toEqual([{ key: 'a', date: '2024-03-01', amount: 1 }]);
  });

  it('a two-digit year is read as 20xx, the row kept, and every such row reported', () => {
    const r = ok(importPortfolio('Cliente;Data;Valor\nA;15/03/24;10\nA;16/03/2024;5\nB;01/02/98;7\n'));
    expect(r.clients.find((c) => c.key === 'a')).toMatchObject({ revenue: 15, firstDate: '2024-03-15', lastDate: '2024-03-16', rows: 2 });
    expect(r.clients.find((c) => c.key === 'b')).toMatchObject({ revenue: 7, firstDate: '2098-02-01' });
    expect(r.issues).toEqual([
      { row: 2, column: 'Data', code: 'two-digit-year', message: expect.stringContaining('20xx') },
      { row: 4, column: 'Data', code: 'two-digit-year', message: expect.stringContaining('20xx') },
    ]);
    expect(r.skippedRows).toBe(0);
  });

  it('options.columns override the recognised headers; "" unmaps a role', () => {
    const csv = 'Nome;Outro valor;Valor\nAlfa;1;100\n';
    expect(ok(importPortfolio(csv)).clients[0]!.revenue).toBe(100);
    expect(ok(importPortfolio(csv, { columns: { amount: 'Outro valor' } })).clients[0]!.revenue).toBe(1);
    const r = importPortfolio(csv, { columns: { amount: 'Nope' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-column' } });
    const byCase = ok(importPortfolio(csv, { columns: { amount: ' outro VALOR ' } }));
    expect(byCase.columns.amount).toBe('Outro valor');
    const noSeg = ok(importPortfolio('Cliente;Valor;Segmento\nA;1;X\n', { columns: { segment: '' } }));
    expect(noSeg.columns.segment).toBeUndefined();
    expect(noSeg.clients[0]!.segment).toBeUndefined();
  });

  it('forced delimiter, decimal and encoding', () => {
    const csv = 'Cliente,Valor\nA,"1.234"\n';
    // '.' is the decimal here; a client's total is money, so it is kept to the cent.
    expect(ok(importPortfolio(csv)).clients[0]!.revenue).toBe(1.23);
    expect(ok(importPortfolio(csv, { decimal: ',' })).clients[0]!.revenue).toBe(1234);
    const latin = new Uint8Array([...new TextEncoder().encode('Cliente;Valor\n'), 0x41, 0xe7, 0xe3, 0x6f, 0x3b, 0x31, 0x0a]);
    expect(ok(importPortfolio(latin)).clients[0]!.name).toBe('Ação');
    expect(ok(importPortfolio(latin, { encoding: 'utf-8' })).clients[0]!.name).toBe('A\ufffd\ufffdo');
    expect(ok(importPortfolio('a;b,c\nX;1,5\n', { delimiter: ',', columns: { name: 'a;b', amount: 'c' } })).clients[0]).toMatchObject({
      name: 'X;1',
      revenue: 5,
    });
  });

  it('"sep=;" first line is honoured', () => {
    const r = ok(importPortfolio('sep=;\r\nCliente;Valor\r\nA;1,5\r\n'));
    expect(r.delimiter).toBe(';');
    expect(r.clients[0]!.revenue).toBe(1.5);
  });

  it('uses the id column as the key and the name as the label; missing id is reported', () => {
    const r = ok(importPortfolio('Código;Cliente;Valor\n007;Alfa;10\n007;Alfa SA;5\n;Beta;3\n'));
    expect(r.clients).toEqual([{ key: '007', name: 'Alfa', revenue: 15, rows: 2 }]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'merged-names'],
      [4, 'missing-id'],
    ]);
  });

  it('falls back to the id column for names when no name column exists', () => {
    const r = ok(importPortfolio('CNPJ;Valor\n11.111.111/0001-11;10\n'));
    expect(r.columns).toEqual({ id: 'CNPJ', name: 'CNPJ', amount: 'Valor' });
    expect(r.clients[0]).toMatchObject({ key: '11.111.111/0001-11', name: '11.111.111/0001-11' });
  });

  it('fatal errors', () => {
    expect(importPortfolio('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(importPortfolio(' \n \n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(importPortfolio('Cliente;Valor\n')).toMatchObject({ ok: false, error: { code: 'no-rows' } });
    expect(importPortfolio('Cliente;Cidade\nA;B\n')).toMatchObject({ ok: false, error: { code: 'no-amount-column' } });
    expect(importPortfolio('Valor;Outro\n1;2\n')).toMatchObject({ ok: false, error: { code: 'no-name-column' } });
    expect(importPortfolio('Alfa;1.000,00\nBeta;20,00\n')).toMatchObject({ ok: false, error: { code: 'no-header' } });
    const allBad = importPortfolio('Cliente;Valor\nA;x\nB;y\n');
    expect(allBad).toMatchObject({ ok: false, error: { code: 'no-valid-rows' } });
    if (!allBad.ok) expect(allBad.issues).toHaveLength(2);
    expect(importPortfolio(new Uint8Array([0, 1, 2, 3, 0, 0, 0]))).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('size limit, for bytes and for text', () => {
    expect(DEFAULT_MAX_BYTES).toBe(60 * 1024 * 1024);
    const csv = 'Cliente;Valor\nA;1\n';
    expect(importPortfolio(csv, { maxBytes: 10 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(importPortfolio(new TextEncoder().encode(csv), { maxBytes: 10 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(importPortfolio(csv, { maxBytes: 100 }).ok).toBe(true);
  });

  it('reports progress up to 1', () => {
    const rows = ['Cliente;Valor'];
    for (let i = 0; i < 80_000; i++) rows.push(`Cliente número ${i % 100};${i},50`);
    const seen: number[] = [];
    const r = importPortfolio(rows.join('\n'), { onProgress: (f) => seen.push(f) });
    expect(r.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  it('caps detailed issues and says how many more there were', () => {
    const rows = ['Cliente;Valor', 'Ok;1'];
    for (let i = 0; i < MAX_ISSUES + 10; i++) rows.push(`X${i};bad`);
    const r = ok(importPortfolio(rows.join('\n')));
    expect(r.issues).toHaveLength(MAX_ISSUES + 1);
    expect(r.issues.at(-1)).toMatchObject({ code: 'more-issues' });
    expect(r.issues.at(-1)!.message).toContain('(10)');
    expect(r.skippedRows).toBe(MAX_ISSUES + 10);
  });

  it('gives the lines as columns by default, as objects only when asked, and neither with lineColumns: false', () => {
    const csv = 'Customer,Date,Amount\nA,2024-01-01,1\nB,2024-01-02,2\n';
    const byDefault = ok(importPortfolio(csv));
    expect(byDefault.lines).toBeUndefined();
    expect([...byDefault.lineColumns!.client]).toEqual([0, 1]);
    const both = ok(importPortfolio(csv, { includeLines: true }));
    expect(both.lines).toEqual([
      { key: 'a', date: '2024-01-01', amount: 1 },
      { key: 'b', date: '2024-01-02', amount: 2 },
    ]);
    expect(linesFromColumns(both.lineColumns!)).toEqual(both.lines);
    const totalsOnly = ok(importPortfolio(csv, { lineColumns: false }));
    expect(totalsOnly.lines).toBeUndefined();
    expect(totalsOnly.lineColumns).toBeUndefined();
    expect(totalsOnly.clients).toEqual(byDefault.clients);
  });

  it('headers named __proto__ or toString do not break anything', () => {
    const r = ok(importPortfolio('__proto__;toString;Cliente;Valor\nx;y;A;1\n'));
    expect(r.clients).toEqual([{ key: 'a', name: 'A', revenue: 1, rows: 1 }]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('reads back its own formula-safe CSV exports', () => {
    const csv = toCsv(
      [
        ['Cliente', 'Valor'],
        ['=HYPERLINK("x")', 10.5],
        ['-Menos', -3],
        ['@home', 1],
      ],
      'pt-BR',
    );
    const r = ok(importPortfolio(new TextEncoder().encode(csv)));
    expect(r.clients.map((c) => [c.name, c.revenue])).toEqual([
      ['=HYPERLINK("x")', 10.5],
      ['-Menos', -3],
      ['@home', 1],
    ]);
  });

  it('never throws, on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = importPortfolio(bytes);
        expect(typeof r.ok).toBe('boolean');
        const p = previewImport(bytes);
        expect(typeof p.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, on random CSV-like strings, and its counts stay consistent', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '1.234,56',
        '-5',
        '(3)',
        'R$ 1,00',
        '2024-01-01',
        '13/01/2024',
        '"',
        '""',
        ';',
        ',',
        '\t',
        '\n',
        '\r\n',
        '\uFEFF',
        '__proto__',
      ),
    );
    const row = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(fc.sample(fc.constantFrom(';', ',', '\t'), 1)[0]));
    const text = fc.array(row, { maxLength: 30 }).map((rows) => ['Cliente;Data;Valor', ...rows].join('\n'));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (input) => {
        const r = importPortfolio(input);
        if (r.ok) {
          expect(r.clients.length).toBeGreaterThan(0);
          expect(r.skippedRows).toBeLessThanOrEqual(r.rowCount);
          for (const c of r.clients) expect(Number.isFinite(c.revenue)).toBe(true);
          for (const i of r.issues) expect(i.row).toBeGreaterThanOrEqual(1);
        } else {
          expect(r.error.message).toBe(importErrorMessage(r.error.code));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('previewImport', () => {
  it('returns headers, the first 20 data rows, suggested columns and decisions', () => {
    const rows = ['Código;Razão social;Data de emissão;Valor total;Segmento'];
    for (let i = 0; i < 30; i++) rows.push(`${i};Cliente ${i};${1 + i}/02/2024;1.000,${String(i).padStart(2, '0')};Varejo`);
    const p = previewImport(rows.join('\r\n'));
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.headers).toEqual(['Código', 'Razão social', 'Data de emissão', 'Valor total', 'Segmento']);
    expect(p.rows).toHaveLength(20);
    expect(p.rows[0]).toEqual(['0', 'Cliente 0', '1/02/2024', '1.000,00', 'Varejo']);
    expect(p.suggested).toEqual({
      id: 'Código',
      name: 'Razão social',
      amount: 'Valor total',
      date: 'Data de emissão',
      segment: 'Segmento',
    });
    expect(p).toMatchObject({ delimiter: ';', decimal: ',', dateOrder: 'dmy', encoding: 'utf-8', rowCount: 30 });
  });

  it('counts rows of a large file beyond the sample', () => {
    const rows = ['Customer,Amount'];
    for (let i = 0; i < 5000; i++) rows.push(`C${i},${i}`);
    const p = previewImport(rows.join('\n') + '\n\n');
    expect(p).toMatchObject({ ok: true, rowCount: 5000 });
  });

  it('fails like the import on unusable input', () => {
    expect(previewImport('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(previewImport('x', { maxBytes: 0 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('import helpers', () => {
  it('decodeBytes: BOMs, strict UTF-8, Windows-1252 fallback, forced encodings', () => {
    const enc = new TextEncoder();
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('ação')]))).toEqual({ text: 'ação', encoding: 'utf-8', bom: true });
    expect(decodeBytes(enc.encode('ação'))).toEqual({ text: 'ação', encoding: 'utf-8', bom: false });
    expect(decodeBytes(new Uint8Array([0x61, 0xe7, 0xe3, 0x6f, 0x80]))).toEqual({ text: 'ação€', encoding: 'windows-1252', bom: false });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ text: 'a', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ text: 'a', encoding: 'utf-16be', bom: true });
    expect(decodeBytes(enc.encode('ação'), 'windows-1252').text).toBe('aÃ§Ã£o');
    expect(decodeBytes(new Uint8Array([0x61, 0xe7]), 'utf-8').text).toBe('a\ufffd');
  });

  it('looksBinary', () => {
    expect(looksBinary('Cliente;Valor\r\nA;1\tB\n')).toBe(false);
    expect(looksBinary('abc\u0000def')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003abc')).toBe(true);
    expect(looksBinary('')).toBe(false);
  });

  it('detectDelimiter: ; with decimal commas, tab, comma with quoted commas', () => {
    expect(detectDelimiter('Cliente;Valor\nA;-21.419,06\nB;1,5\n')).toBe(';');
    expect(detectDelimiter('Cliente;Valor\nA;1\n')).toBe(';');
    expect(detectDelimiter('Cliente\tValor\nA\t1,5\n')).toBe('\t');
    expect(detectDelimiter('Customer,Amount\n"A, Inc","1,234.50"\nB;C,2\n')).toBe(',');
    expect(detectDelimiter('Cliente;Valor (R$, líquido)\nA;1,5\nB;2,5\n')).toBe(';');
    expect(detectDelimiter('just one column\nx\n')).toBe(',');
  });

  it('readSepLine', () => {
    expect(readSepLine('sep=;\nA;B')).toEqual({ delimiter: ';', rest: 'A;B' });
    expect(readSepLine('SEP=,\r\nA,B')).toEqual({ delimiter: ',', rest: 'A,B' });
    expect(readSepLine('sep=|\nA|B')).toBeNull();
    expect(readSepLine('Cliente;Valor')).toBeNull();
  });

  it('normaliseHeader and guessColumns in both languages', () => {
    expect(normaliseHeader('  Faturamento (R$) ')).toBe('faturamento');
    expect(normaliseHeader('Razão Social')).toBe('razao social');
    expect(normaliseHeader('Data de Emissão')).toBe('data de emissao');
    expect(guessColumns(['Customer ID', 'Customer Name', 'Order Date', 'Revenue', 'Segment'])).toEqual({
      id: 0,
      name: 1,
      date: 2,
      amount: 3,
      segment: 4,
    });
    expect(guessColumns(['Código do cliente', 'Nome fantasia', 'Vendas 2024 (R$)'])).toEqual({ id: 0, name: 1, amount: 2 });
    expect(guessColumns(['cnpj', 'cliente', 'valor', 'data'])).toEqual({ id: 0, name: 1, amount: 2, date: 3 });
    expect(guessColumns(['foo', 'bar'])).toEqual({});
  });

  it('findHeader: exact, then normalised', () => {
    expect(findHeader(['Valor', 'valor'], 'valor')).toBe(1);
    expect(findHeader(['Valor (R$)'], 'VALOR')).toBe(0);
    expect(findHeader(['A'], 'B')).toBe(-1);
    expect(findHeader(['A'], '')).toBe(-1);
  });

  it('every error and issue code has an English message', () => {
    expect(importErrorMessage('binary')).toMatch(/CSV/);
    expect(importIssueMessage('ragged-row')).toMatch(/skipped/);
  });
});
