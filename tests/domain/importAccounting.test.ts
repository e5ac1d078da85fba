/**
 * An import's report accounts for every line of the file: data rows = rows used + rows skipped,
 * whatever the file holds (stray quotes included), and a stray quote loses no row after it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importPortfolio } from '../../src/domain/index.ts';

describe('stray quotes', () => {
  it('a name like "Pão Quente" Padaria is read as text, reported with its line, and the rows after it are kept', () => {
    const r = importPortfolio('Cliente;Valor\nA;10\n"Pão Quente" Padaria;20\nB;30\nC;40\n');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients.map((c) => [c.name, c.revenue])).toEqual([
      ['A', 10],
      ['"Pão Quente" Padaria', 20],
      ['B', 30],
      ['C', 40],
    ]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[3, 'malformed-quotes']]);
    expect(r.rowCount).toBe(4);
    expect(r.skippedRows).toBe(0);
  });

  it('an opening quote never closed does not swallow the file', () => {
    const r = importPortfolio('Cliente;Valor\nA;10\n"Pão Quente Padaria;20\nB;30\nC;40\n');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients.map((c) => c.name)).toEqual(['A', '"Pão Quente Padaria', 'B', 'C']);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[3, 'malformed-quotes']]);
  });

  it('well-formed quoted cells (separators, doubled quotes, line breaks) are untouched', () => {
    const r = importPortfolio('Cliente,Valor\n"Baker, Smith & Co","1,234.56"\n"He said ""hi""",5\n"Two\nlines",7\nLast,1\n');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients.map((c) => [c.name, c.revenue])).toEqual([
      ['Baker, Smith & Co', 1234.56],
      ['He said "hi"', 5],
      ['Two lines', 7],
      ['Last', 1],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.clients.find((c) => c.name === 'Last')).toBeDefined();
  });
});

describe('accounting', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      'Acme',
      'Beta',
      '"Pão" X',
      '"open',
      'x"y',
      '""',
      '10',
      '1.234,56',
      '-5',
      'abc',
      'total',
      ' ',
      '=1+1',
      '"a\nb"',
      '"a;b"',
      '"a,b"',
    ),
    fc.string({ maxLength: 6 }),
  );
  it('data rows = rows summed into clients + rows skipped, for any file', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 40 }), fc.constantFrom(';', ','), (rows, sep) => {
        const text = [`Cliente${sep}Valor`, ...rows.map(([a, b]) => `${a}${sep}${b}`)].join('\n');
        const r = importPortfolio(text);
        if (!r.ok) return;
        const used = r.clients.reduce((s, c) => s + c.rows, 0);
        expect(used + r.skippedRows).toBe(r.rowCount);
      }),
      { numRuns: 300 },
    );
  });
});

describe('values a real export does not have', () => {
  it('over-long names are shortened, over-long codes and absurd amounts skipped, each with its line', () => {
    const long = 'N'.repeat(600);
    const r = importPortfolio(`Código;Cliente;Valor\n1;${long};10\n${'9'.repeat(501)};B;5\n3;C;9999999999999\n4;D;7\n`);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients.map((c) => [c.key, c.name.length, c.revenue])).toEqual([
      ['1', 500, 10],
      ['4', 1, 7],
    ]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'value-truncated'],
      [3, 'id-too-long'],
      [4, 'amount-out-of-range'],
    ]);
    expect(r.rowCount).toBe(4);
    expect(r.skippedRows).toBe(2);
  });

  it('a name made only of invisible characters is no name', () => {
    const r = importPortfolio('Cliente;Valor\n\u200B\u200C;10\nA;5\n');
    expect(r.ok && r.issues.map((i) => i.code)).toEqual(['missing-name']);
  });

  it('sums beyond exact counting are an error, never Infinity', () => {
    const rows = Array.from({ length: 200 }, () => 'A;900.000.000.000,00');
    const r = importPortfolio(`Cliente;Valor\n${rows.join('\n')}\n`);
    expect(r.ok ? 'ok' : r.error.code).toBe('sums-too-large');
  });

  it('a file with 100,000 columns is refused at once with a reason', () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';');
    const r = importPortfolio(`${header}\n`);
    expect(r.ok ? 'ok' : r.error.code).toBe('too-many-columns');
  });

  it('"--5" is not a number', async () => {
    const { parseAmount } = await import('../../src/domain/index.ts');
    expect(parseAmount('--5', ',')).toBeNull();
    expect(parseAmount('-R$ 5,00', ',')).toBe(-5);
    expect(parseAmount('R$ -5,00', ',')).toBe(-5);
  });
});
