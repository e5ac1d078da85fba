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
    ['', ''],
    [" 'x", " 'x"],
  ])('%j → %j', (input, out) => {
    expect(neutraliseFormula(input)).toBe(out);
  });

  it('property: never starts with a trigger, and unneutralise restores it', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = neutraliseFormula(s);
        expect(/^[=+\-@\t\r\n]/.test(n)).toBe(false);
        expect(unneutraliseFormula(n)).toBe(s.startsWith("'") && /^[=+\-@\t\r\n]/.test(s.slice(1)) ? s.slice(1) : s);
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
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.integer({ min: -1e6, max: 1e6 })), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('pt-BR' as const, 'en' as const), (data, format) => {
        const csv = toCsv(data, format);
        const body = format === 'pt-BR' ? csv.slice(1) : csv;
        const parsed = Papa.parse<string[]>(body, { delimiter: format === 'pt-BR' ? ';' : ',', newline: '\r\n' }).data;
        const expected = data.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutraliseFormula(c))));
        expect(parsed).toEqual(expected);
      }),
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
        expect(Number(toCsv([[x]], 'pt-BR').slice(1).replace(',', '.'))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
    expect(toCsv([[-1.5e-10, 1.25e22]], 'en')).toBe('-0.00000000015,12500000000000000000000');
  });
});
