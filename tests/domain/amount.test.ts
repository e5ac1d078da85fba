import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimal, parseAmount } from '../../src/domain/index.ts';

describe('parseAmount', () => {
  it.each([
    ['1.234,56', ',', 1234.56],
    ['R$ 1.234,56', ',', 1234.56],
    ['-R$ 1.234,56', ',', -1234.56],
    ['R$ -1.234,56', ',', -1234.56],
    ['(1.234,56)', ',', -1234.56],
    ['(R$ 1.234,56)', ',', -1234.56],
    ['1.234,56-', ',', -1234.56],
    ['1234,56', ',', 1234.56],
    ['1.234', ',', 1234],
    ['1.234.567', ',', 1234567],
    [',5', ',', 0.5],
    ['0,00', ',', 0],
    ['-0,00', ',', 0],
    ['1,234.56', '.', 1234.56],
    ['$1,234.56', '.', 1234.56],
    ['-$1,234.56', '.', -1234.56],
    ['($1,234.56)', '.', -1234.56],
    ['US$ 10.50', '.', 10.5],
    ['1.234', '.', 1.234],
    ['1234', '.', 1234],
    ['1234', ',', 1234],
    [' 12 ', ',', 12],
    ['+5', '.', 5],
    ['\u2212 7', '.', -7],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56', ',', 1234.56],
    ['R$\u00a01.234,56', ',', 1234.56],
    ['-R$\u00a01.234,56', ',', -1234.56],
    ['1\u202f234,56\u00a0€', ',', 1234.56],
    ['BRL 99,90', ',', 99.9],
    // eslint-disable-next-line no-loss-of-precision -- the parser must round this the way JavaScript does.
    ['12345678901234567,5', ',', 12345678901234567.5],
  ] as const)('%j with %s → %d', (text, decimal, expected) => {
    expect(parseAmount(text, decimal)).toBe(expected);
  });

  it.each([
    ['', ','],
    ['   ', '.'],
    ['abc', ','],
    ['R$', ','],
    ['-', '.'],
    ['1,2,3', ','],
    ['12.34.5', ','],
    ['1.23', ','], // grouping must be in threes: not an amount in a decimal-comma column
    ['1,23', '.'],
    ['1.234,56.7', ','],
    ['1e5', '.'],
    ['NaN', '.'],
    ['Infinity', '.'],
    ['12abc', '.'],
    ['1.', '.'],
  ] as const)('%j with %s → null', (text, decimal) => {
    expect(parseAmount(text, decimal)).toBeNull();
  });

  const amounts = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
  // What a value rounded to 2 decimals means, written without grouping in a plain en format.
  const expected = (x: number): number => {
    const v = Number(new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 2 }).format(x));
    return v === 0 ? 0 : v;
  };

  it.each([
    ['pt-BR', ',', {}],
    ['pt-BR', ',', { style: 'currency', currency: 'BRL' }],
    ['pt-BR', ',', { style: 'currency', currency: 'BRL', currencySign: 'accounting' }],
    ['en-US', '.', {}],
    ['en-US', '.', { style: 'currency', currency: 'USD' }],
    ['en-US', '.', { style: 'currency', currency: 'USD', currencySign: 'accounting' }],
    ['en-US', '.', { style: 'currency', currency: 'BRL' }],
    ['pt-BR', ',', { style: 'currency', currency: 'USD' }],
    ['pt-BR', ',', { style: 'currency', currency: 'EUR' }],
  ] as const)('reads back Intl.NumberFormat(%s) output (%s, %j)', (locale, decimal, opts) => {
    const format = new Intl.NumberFormat(locale, { ...opts, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(amounts, (x) => {
        const text = format.format(x);
        expect(parseAmount(text, decimal)).toBe(expected(x));
      }),
      { numRuns: 300 },
    );
  });

  it('reads Intl output that uses a NARROW NO-BREAK SPACE (U+202F) as group separator', () => {
    const text = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(1234567.5);
    expect(text).toMatch(/\u202f/);
    expect(parseAmount(text, ',')).toBe(1234567.5);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(',', '.' as const), (s, d) => {
        const v = parseAmount(s, d);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('detectDecimal', () => {
  it.each([
    [['1.234,56', '10,00', '5'], ','],
    [['1,234.56', '10.00', '5'], '.'],
    [['12,5'], ','],
    [['0.25'], '.'],
    [['1.234.567'], ','],
    [['1,234,567'], '.'],
    [['R$ 1.234,56'], ','],
    [['$1,234.56'], '.'],
    [['3,1416'], ','],
  ] as const)('%j → %s', (samples, expected) => {
    expect(detectDecimal([...samples])).toBe(expected);
  });

  it('ambiguous values ("1.234", "1,234", integers) do not vote: the fallback decides', () => {
    expect(detectDecimal(['1.234', '5.678'])).toBe('.');
    expect(detectDecimal(['1.234', '5.678'], ',')).toBe(',');
    expect(detectDecimal(['1,234'], ',')).toBe(',');
    expect(detectDecimal(['100', '200'], ',')).toBe(',');
    expect(detectDecimal([], '.')).toBe('.');
  });

  it('the majority of votes wins over a stray value', () => {
    expect(detectDecimal(['1,5', '2,25', '3,75', '0.5'], '.')).toBe(',');
  });

  it('detects the decimal of Intl output in both locales', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }), (xs) => {
        const pt = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(detectDecimal(xs.map((x) => pt.format(x)))).toBe(',');
        expect(
          detectDecimal(
            xs.map((x) => en.format(x)),
            ',',
          ),
        ).toBe('.');
      }),
    );
  });
});
