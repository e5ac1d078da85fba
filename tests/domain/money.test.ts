import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MoneySum, detectCurrency, currencyInText, importPortfolio, roundMoney, sumMoney } from '../../src/domain/index.ts';

describe('money to the cent', () => {
  it('sums decimals without float drift, any order, any length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 3000 }), (cents) => {
        const exact = cents.reduce((s, c) => s + c, 0);
        expect(sumMoney(cents.map((c) => c / 100))).toBe(exact / 100 === 0 ? 0 : exact / 100);
        expect(sumMoney([...cents].reverse().map((c) => c / 100))).toBe(exact / 100 === 0 ? 0 : exact / 100);
      }),
    );
  });

  it('keeps sub-cent amounts until the end, then rounds once', () => {
    expect(sumMoney([0.004, 0.004, 0.004])).toBe(0.01);
    expect(sumMoney(Array.from({ length: 1000 }, () => 0.1))).toBe(100);
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(-1.005)).toBe(-1.01);
    expect(roundMoney(-0.001)).toBe(0);
    expect(Object.is(roundMoney(-0.001), -0)).toBe(false);
  });

  it('a non-finite amount or an overflow makes the sum NaN, never Infinity', () => {
    expect(new MoneySum().add(1).add(Infinity).value).toBeNaN();
    expect(sumMoney([1e300, 1e300])).toBeNaN();
  });

  it('a long file of two-decimal lines imports exact to the cent (the 698659.1999999965 case)', () => {
    const rows = ['Cliente;Valor'];
    let cents = 0;
    for (let i = 0; i < 50_000; i++) {
      const c = 1 + ((i * 7919) % 99_999);
      cents += c;
      rows.push(`Acme;${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`);
    }
    const r = importPortfolio(rows.join('\n'));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients[0]!.revenue).toBe(cents / 100);
    expect(String(r.clients[0]!.revenue)).toMatch(/^\d+(\.\d{1,2})?$/);
  });
});

describe('currency from the file', () => {
  it('reads symbols and codes in cells', () => {
    expect(currencyInText('R$ 1.234,56')).toBe('BRL');
    expect(currencyInText('-R$ 12,00')).toBe('BRL');
    expect(currencyInText('$1,234.56')).toBe('USD');
    expect(currencyInText('US$ 10')).toBe('USD');
    expect(currencyInText('(€ 5,00)')).toBe('EUR');
    expect(currencyInText('1.234,56 €')).toBe('EUR');
    expect(currencyInText('USD 1,000.00')).toBe('USD');
    expect(currencyInText('1234.5')).toBeNull();
    expect(detectCurrency(['1.234,56', 'R$ 10,00'])).toEqual({ code: 'BRL', source: 'symbol', mixed: [] });
    expect(detectCurrency(['R$ 1', '$ 2'])).toEqual({ code: null, source: 'symbol', mixed: ['BRL', 'USD'] });
    expect(detectCurrency(['1'], ['usd', 'USD'])).toEqual({ code: 'USD', source: 'column', mixed: [] });
  });

  it('a dollar file says USD, a real file says BRL, a plain file says nothing', () => {
    const usd = importPortfolio('Customer,Order Date,Sales\nAcme,1/5/2024,"$1,234.50"\nBeta,2/15/2024,$99.99\n');
    expect(usd.ok && usd.currency).toEqual({ code: 'USD', source: 'symbol', mixed: [] });
    const brl = importPortfolio('Cliente;Valor\nPadaria;R$ 1.234,56\nMercado;-R$ 10,00\nHotel;500,00\n');
    expect(brl.ok && brl.currency.code).toBe('BRL');
    const plain = importPortfolio('Cliente;Valor\nPadaria;1.234,56\n');
    expect(plain.ok && plain.currency).toEqual({ code: null, source: null, mixed: [] });
    const column = importPortfolio('Customer,Amount,Currency\nA,10,EUR\nB,20,EUR\n');
    expect(column.ok && column.currency).toEqual({ code: 'EUR', source: 'column', mixed: [] });
  });
});

describe('a client with a code and no name', () => {
  it('is kept under its code and reported once', () => {
    const r = importPortfolio('Código;Cliente;Valor\n001;;10,00\n001;;5,00\n002;Beta;7,00\n');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients.map((c) => [c.key, c.name, c.revenue])).toEqual([
      ['001', '001', 15],
      ['002', 'Beta', 7],
    ]);
    expect(r.issues.filter((i) => i.code === 'name-from-code')).toEqual([
      { row: 2, column: 'Cliente', code: 'name-from-code', message: expect.any(String) },
    ]);
  });
});

describe('a dollar file that names no currency', () => {
  it('month-first dates with a decimal point (US exports, like the Superstore sample) are taken as dollars, said as an assumption', () => {
    const us = importPortfolio(
      'Row ID,Order ID,Order Date,Customer ID,Customer Name,Sales\n1,CA-1,11/8/2016,CG-12520,Claire Gute,261.96\n2,CA-1,11/28/2016,CG-12520,Claire Gute,731.94\n',
    );
    expect(us.ok && us.currency).toEqual({ code: 'USD', source: 'format', mixed: [] });
    // Day-first dates, a decimal comma, or dates that do not prove their order: nothing is assumed.
    const br = importPortfolio('Cliente;Data;Valor\nA;28/11/2016;261,96\n');
    expect(br.ok && br.currency.code).toBeNull();
    const ambiguous = importPortfolio('Customer,Date,Sales\nA,1/5/2016,261.96\n');
    expect(ambiguous.ok && ambiguous.currency.code).toBeNull();
  });
});
