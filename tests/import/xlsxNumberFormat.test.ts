import { describe, expect, it } from 'vitest';
import { currencyOfFormat, formatKind, isDateFormat } from '../../src/import/xlsxNumberFormat.ts';

describe('currency in a number format', () => {
  it.each([
    ['"R$" #,##0.00', 'R$', 'BRL'],
    ['_-"R$"\\ * #,##0.00_-;\\-"R$"\\ * #,##0.00_-;_-"R$"\\ * "-"??_-;_-@_-', 'R$', 'BRL'],
    ['[$R$-416]\\ #,##0.00;[RED]\\-[$R$-416]\\ #,##0.00', 'R$', 'BRL'],
    ['[$$-409]#,##0.00', '$', 'USD'],
    ['\\$#,##0.00_);[Red]\\(\\$#,##0.00\\)', '$', 'USD'],
    ['$#,##0', '$', 'USD'],
    ['[$US$-416] #,##0.00', 'US$', 'USD'],
    ['"US$" #,##0.00', 'US$', 'USD'],
    ['#,##0.00 [$€-407]', '€', 'EUR'],
    ['[$€-2]\\ #,##0.00', '€', 'EUR'],
    ['#,##0.00 [$EUR]', 'EUR', 'EUR'],
  ])('%s → %s (%s)', (code, symbol, iso) => {
    expect(currencyOfFormat(code)).toEqual({ symbol, code: iso });
  });

  it.each(['General', '#,##0.00', '0%', '[$-416]dd/mm/yyyy', '[$£-809]#,##0.00', '#,##0 "unid."'])(
    '%s names no currency it knows',
    (code) => {
      expect(currencyOfFormat(code)).toBeUndefined();
    },
  );
});

describe('date formats', () => {
  it('built-in ids without a code', () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(22, undefined)).toBe(true);
    expect(isDateFormat(4, undefined)).toBe(false);
    expect(isDateFormat(20, undefined)).toBe(false); // h:mm, a time
  });

  it('custom codes by their day/year placeholders, not by quoted text or brackets', () => {
    expect(isDateFormat(164, 'dd/mm/yyyy')).toBe(true);
    expect(isDateFormat(164, '[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat(164, 'mmm-yy')).toBe(true);
    expect(isDateFormat(164, '#,##0 "dias"')).toBe(false);
    expect(isDateFormat(164, '[Red]#,##0.00')).toBe(false);
    expect(isDateFormat(164, 'h:mm')).toBe(false);
    expect(isDateFormat(164, 'General')).toBe(false);
  });

  it('kinds', () => {
    expect(formatKind(9, undefined)).toEqual({ kind: 'percent' });
    expect(formatKind(164, '0.0%')).toEqual({ kind: 'percent' });
    expect(formatKind(164, '"%" 0')).toEqual({ kind: 'number' });
    expect(formatKind(0, undefined)).toEqual({ kind: 'number' });
  });
});
