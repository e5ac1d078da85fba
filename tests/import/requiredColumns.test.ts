import { describe, expect, it } from 'vitest';
import { missingColumn } from '../../src/import/requiredColumns.ts';
import { monthSpan } from '../../src/import/monthSpan.ts';

describe('missingColumn', () => {
  it('asks for the amount first, then a client (name or code), then a date when the tool needs one', () => {
    expect(missingColumn({}, false)).toBe('amount');
    expect(missingColumn({ name: 'Cliente' }, false)).toBe('amount');
    expect(missingColumn({ amount: 'Valor' }, false)).toBe('name');
    expect(missingColumn({ amount: 'Valor', id: 'Código' }, false)).toBeNull();
    expect(missingColumn({ amount: 'Valor', name: 'Cliente' }, true)).toBe('date');
    expect(missingColumn({ amount: 'Valor', name: 'Cliente', date: 'Data' }, true)).toBeNull();
  });

  it('treats an empty choice ("not in the file") as missing', () => {
    expect(missingColumn({ amount: '', name: 'Cliente' }, false)).toBe('amount');
  });
});

describe('monthSpan', () => {
  it('finds the first and last month whatever the order of the lines', () => {
    expect(monthSpan([{ date: '2024-03-15' }, { date: '2023-11-02' }, { date: '2024-01-31' }])).toEqual({
      start: '2023-11',
      end: '2024-03',
    });
  });
});
