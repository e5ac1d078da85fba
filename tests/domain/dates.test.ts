import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, detectDateOrder, isIsoDate, isoFromParts, parseDate, usesTwoDigitYear } from '../../src/domain/index.ts';

describe('dates', () => {
  it('parseDate in both orders; ISO always; times ignored; two-digit years', () => {
    expect(parseDate('2024-03-04', 'dmy')).toBe('2024-03-04');
    expect(parseDate('2024-03-04 13:45:00', 'mdy')).toBe('2024-03-04');
    expect(parseDate('2024-03-04T13:45:00Z', 'mdy')).toBe('2024-03-04');
    expect(parseDate('03/04/2024', 'dmy')).toBe('2024-04-03');
    expect(parseDate('03/04/2024', 'mdy')).toBe('2024-03-04');
    expect(parseDate('3/4/24', 'mdy')).toBe('2024-03-04');
    expect(parseDate('31.12.2024', 'dmy')).toBe('2024-12-31');
    expect(parseDate('31-12-2024 00:00', 'dmy')).toBe('2024-12-31');
    expect(parseDate(' 29/02/2024 ', 'dmy')).toBe('2024-02-29');
  });

  it('invalid dates give null', () => {
    for (const s of ['', 'x', '2023-02-29', '31/04/2024', '13/13/2024', '2024-00-10', '00/01/2024', '1/2', '2024/01/01']) {
      expect(parseDate(s, 'dmy'), s).toBeNull();
    }
    expect(parseDate('13/01/2024', 'mdy')).toBeNull();
  });

  it('detectDateOrder: evidence decides, ambiguity falls back', () => {
    expect(detectDateOrder(['01/02/2024', '13/02/2024'], 'mdy')).toBe('dmy');
    expect(detectDateOrder(['01/02/2024', '02/13/2024'], 'dmy')).toBe('mdy');
    expect(detectDateOrder(['01/02/2024', '03/04/2024'], 'dmy')).toBe('dmy');
    expect(detectDateOrder(['01/02/2024'], 'mdy')).toBe('mdy');
    expect(detectDateOrder(['2024-01-13'], 'mdy')).toBe('mdy');
    expect(detectDateOrder(['13/01/2024', '01/13/2024'], 'dmy')).toBe('dmy');
    expect(detectDateOrder(['13/01/2024', '14/01/2024', '01/13/2024'], 'mdy')).toBe('dmy');
  });

  it('isIsoDate, isoFromParts, addDays, daysBetween', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-29')).toBe(false);
    expect(isoFromParts(2024, 2, 30)).toBeNull();
    expect(isoFromParts(2024, 12, 31)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2024-03-31', '2024-03-30')).toBe(-1);
  });

  it('usesTwoDigitYear tells the dates parseDate reads as 20xx', () => {
    expect(parseDate('01/02/98', 'dmy')).toBe('2098-02-01');
    expect(usesTwoDigitYear(' 01/02/98 ')).toBe(true);
    expect(usesTwoDigitYear('1.2.24 10:00')).toBe(true);
    expect(usesTwoDigitYear('01/02/1998')).toBe(false);
    expect(usesTwoDigitYear('2024-02-01')).toBe(false);
    expect(usesTwoDigitYear('not a date')).toBe(false);
  });
});
