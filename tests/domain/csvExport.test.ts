import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, unneutraliseFormula } from '../../src/domain/index.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['Acme', 'Acme'],
    [' =1', "' =1"],
    ['', ''],
    [" 'x", " 'x"],
  ])('%j → %j', (input, out) => {
    expect(neutraliseFormula(input)).toBe(out);
  });

  it("property: never starts with a trigger, and unneutralise restores text without `'`", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = neutraliseFormula(s);
        expect(/^ *[=+\-@\t\r\n]/.test(n)).toBe(false);
        if (!s.includes("'")) expect(unneutraliseFormula(n)).toBe(s);
      }),
    );
    expect(unneutraliseFormula("'=1")).toBe('=1');
    expect(unneutraliseFormula("'abc")).toBe("'abc");
  });
});

describe('toCsv', () => {
  const rows = [
    ['Cliente', 'Faturamento', 'Obs'],
    ['Padaria São João', 1234.56, '=HYPERLINK("http://evil")'],
    ['Acme; "Inc"', -5, null],
    ['-neg text', 0.1, 'line\nbreak'],
  ];

  it('pt-BR: BOM, ;, decimal comma, CRLF, numbers stay numbers, formulas neutralised', () => {
    const csv = toCsv(rows, 'pt-BR');
    expect(csv.startsWith('\uFEFFCliente;Faturamento;Obs\r\n')).toBe(true);
    expect(csv).toContain('Padaria São João;1234,56;"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toContain('"Acme; ""Inc""";-5;');
    expect(csv).toContain('\'-neg text;0,1;"line\nbreak"');
  });

  it('en: no BOM, comma, decimal point', () => {
    const csv = toCsv(rows, 'en');
    expect(csv.startsWith('Cliente,Faturamento,Obs\r\n')).toBe(true);
    expect(csv).toContain('Padaria São João,1234.56,');
    expect(csv).toContain('"Acme; ""Inc""",-5,');
  });

  it('large and tiny numbers are written without exponents; non-finite as empty', () => {
    expect(toCsv([[1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY]], 'en')).toBe('1000000000000000000000,0.0000001,,');
    expect(toCsv([[1234567.5]], 'pt-BR')).toBe('\uFEFF1234567,5');
  });

  it('property: Papa reads back exactly the neutralised cells, for both formats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer({ min: -1e6, max: 1e6 })), { minLength: 2, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom('pt-BR' as const, 'en' as const),
        (data, format) => {
          const csv = toCsv(data, format);
          const body = format === 'pt-BR' ? csv.slice(1) : csv;
          const parsed = Papa.parse<string[]>(body, { delimiter: format === 'pt-BR' ? ';' : ',', newline: '\r\n' }).data;
          const expected = data.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutraliseFormula(c))));
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});

describe('toCsv number formatting', () => {
  it('reads back every finite double exactly, without exponents', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const en = toCsv([[x]], 'en');
        expect(en).not.toMatch(/e/i);
        expect(Number(en)).toBe(x === 0 ? 0 : x);
        expect(
          Number(
            toCsv([[x]], 'pt-BR')
              .slice(1)
              .replace(',', '.'),
          ),
        ).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
    expect(toCsv([[-1.5e-10, 1.25e22]], 'en')).toBe('-0.00000000015,12500000000000000000000');
  });
});

describe('formula starts after a separator (a reader splitting on another separator than ours)', () => {
  const TRIGGER_START = /^ *[=+\-@]/;
  const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
  /** A field's value for a reader that honours quotes at the start of its field (RFC 4180). */
  const fieldValue = (raw: string): string => {
    const v = raw.trimStart();
    if (!v.startsWith('"')) return v;
    let out = '';
    for (let i = 1; i < v.length; i++) {
      if (v[i] !== '"') out += v[i];
      else if (v[i + 1] === '"') out += v[i++];
      else break;
    }
    return out;
  };
  /** What a reader that splits on every separator and line break, ignoring quotes, sees as cells. */
  const naiveCells = (csv: string): string[] => csv.replace(/^\uFEFF/, '').split(/[,;\t\r\n]/);

  it('the pt-BR export of `Beta,=1+1,` has no formula for a reader that splits on `,`', () => {
    const csv = toCsv(
      [
        ['Nome', 'Valor'],
        ['Beta,=1+1,', 10.5],
      ],
      'pt-BR',
    );
    expect(csv).toBe("\uFEFFNome;Valor\r\nBeta,'=1+1,;10,5");
    expect(csv.split(/[,\r\n]/).filter((c) => TRIGGER_START.test(fieldValue(c)))).toEqual([]);
    // Before the fix the `,` reader saw `=1+1` as a cell of its own.
    expect(csv.split(/[,\r\n]/)).toContain("'=1+1");
  });

  it.each([
    ['a;+cmd', "a;'+cmd"],
    ['a\t@SUM(1)', "a\t'@SUM(1)"],
    ['a, -5', "a, '-5"],
    ['a,"=1', 'a,"\'=1'],
    ['line\n=cmd', "line\n'=cmd"],
    ['=a,=b', "'=a,'=b"],
    ['Rua X, 12', 'Rua X, 12'],
  ])('%j → %j and back', (input, out) => {
    expect(neutraliseFormula(input)).toBe(out);
    expect(unneutraliseFormula(out)).toBe(input);
  });

  it('numbers stay numbers: negative amounts and pt-BR decimal commas are untouched', () => {
    expect(toCsv([['x', -1234.56, -5]], 'pt-BR')).toBe('\uFEFFx;-1234,56;-5');
    expect(toCsv([['x', -1234.56]], 'en')).toBe('x,-1234.56');
  });

  it("property: no naive split of any export starts a formula, and text without `'` reads back exactly", () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\t', '\n', '\r', '"', '=', '+', '-', '@', '1') });
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })), {
            minLength: 1,
            maxLength: 4,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom('pt-BR' as const, 'en' as const),
        (data, format) => {
          const csv = toCsv(data, format);
          for (const cell of naiveCells(csv)) {
            const value = fieldValue(cell);
            if (TRIGGER_START.test(value)) expect(value).toMatch(NUMBER);
          }
          const body = format === 'pt-BR' ? csv.slice(1) : csv;
          const parsed = Papa.parse<string[]>(body, { delimiter: format === 'pt-BR' ? ';' : ',', newline: '\r\n' }).data;
          data.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (typeof cell === 'string') expect(unneutraliseFormula(parsed[r]?.[c] ?? '')).toBe(cell); // Papa reads an empty file as no rows
            }),
          );
        },
      ),
    );
  });
});
