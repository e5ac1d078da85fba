import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FAIR_SHARE_MAX,
  FOCUS_MAX,
  VALUE_CATEGORIES,
  check,
  csfPoint,
  newValueCsf,
  newValueLine,
  propositionToMarkdown,
  readProposition,
  readSplit,
  resonatingFocus,
  valuePropositionSchema,
  worksheet,
} from '../../src/domain/index.ts';
import type { PropositionLabels, ValueCsf, ValueLine, ValueProposition } from '../../src/domain/index.ts';

const csf = (id: string, importance: number, ours: number, best: number, factor = id): ValueCsf => ({ id, factor, importance, ours, best });
const line = (fields: Partial<ValueLine> & Pick<ValueLine, 'category' | 'ours' | 'alternative'>): ValueLine => ({
  id: `line-${Math.random()}`,
  label: 'x',
  csf: '',
  source: '',
  verified: false,
  ...fields,
});

describe('csfPoint and resonatingFocus', () => {
  it('classifies each factor against the best alternative', () => {
    expect(csfPoint({ ours: 8, best: 6 })).toBe('difference');
    expect(csfPoint({ ours: 6, best: 6 })).toBe('parity');
    expect(csfPoint({ ours: 5, best: 6 })).toBe('contention');
  });

  it('keeps only favourable points of difference that matter (importance ≥ 4), most important first, then the widest lead', () => {
    const csfs = [
      csf('minor-lead', 3, 9, 2),
      csf('price', 4, 6, 8),
      csf('advice', 4, 9, 5),
      csf('stock', 5, 7, 6),
      csf('parity', 5, 7, 7),
      csf('small-lead', 4, 6, 5),
    ];
    expect(resonatingFocus(csfs).map((c) => c.id)).toEqual(['stock', 'advice', 'small-lead']);
  });

  it('names at most three points, ignores unnamed factors, and is empty when no important factor is a lead', () => {
    const many = [1, 2, 3, 4, 5].map((i) => csf(`f${i}`, 5, 9, 1));
    expect(resonatingFocus(many)).toHaveLength(FOCUS_MAX);
    expect(resonatingFocus([csf('a', 5, 9, 1, '  ')])).toEqual([]);
    expect(resonatingFocus([csf('a', 3, 10, 0), csf('b', 5, 4, 8)])).toEqual([]);
  });
});

describe('worksheet', () => {
  // Hospital Santa Clara, the case sheet's proposition (lesson 12).
  const santaClara: ValueLine[] = [
    line({ category: 'price', ours: 840000, alternative: 806400 }),
    line({ category: 'acquisition', ours: 14400, alternative: 26400, csf: 'csf-4' }),
    line({ category: 'acquisition', ours: 7200, alternative: 12000, csf: 'csf-4' }),
    line({ category: 'usage', ours: 6000, alternative: 18000, csf: 'csf-2', source: 'cleaning logs', verified: true }),
    line({ category: 'usage', ours: 9600, alternative: 21600, csf: 'csf-2' }),
    line({ category: 'risk', ours: 4800, alternative: 24000, csf: 'csf-1', source: 'purchase records', verified: true }),
    line({ category: 'risk', ours: 0, alternative: 24000, csf: 'csf-1', source: 'estimate' }),
  ];

  it('value created beyond price, premium, net to the customer, share asked and TCO', () => {
    const s = worksheet(santaClara);
    expect(s.byCategory).toEqual({ price: 0, acquisition: 16800, usage: 24000, risk: 43200, revenue: 0 });
    expect(s.valueCreated).toBe(84000);
    expect(s.premium).toBe(33600);
    expect(s.netToCustomer).toBe(50400);
    expect(s.shareAsked).toBeCloseTo(0.4, 12);
    expect(s.tco).toEqual({ ours: 882000, alternative: 932400 });
    expect(s.tco.alternative - s.tco.ours).toBe(s.netToCustomer);
    expect(s.verified).toBe(31200);
    expect(s.documented).toBe(55200);
    expect(readSplit(s)).toBe('balanced');
  });

  it('a revenue line is a gain: more with us is value, and it stays out of the TCO', () => {
    const s = worksheet([line({ category: 'revenue', ours: 1000, alternative: 400 })]);
    expect(s.revenueGain).toBe(600);
    expect(s.valueCreated).toBe(600);
    expect(s.tco).toEqual({ ours: 0, alternative: 0 });
  });

  it('reads the split', () => {
    expect(readSplit({ valueCreated: 0, premium: 0, netToCustomer: 0, shareAsked: null })).toBe('no-value');
    expect(readSplit({ valueCreated: 100, premium: 150, netToCustomer: -50, shareAsked: 1.5 })).toBe('customer-loses');
    expect(readSplit({ valueCreated: 100, premium: 0, netToCustomer: 100, shareAsked: 0 })).toBe('value-given-away');
    expect(readSplit({ valueCreated: 100, premium: -10, netToCustomer: 110, shareAsked: -0.1 })).toBe('value-given-away');
    expect(readSplit({ valueCreated: 100, premium: 60, netToCustomer: 40, shareAsked: 0.6 })).toBe('too-greedy');
    expect(readSplit({ valueCreated: 100, premium: 100 * FAIR_SHARE_MAX, netToCustomer: 50, shareAsked: FAIR_SHARE_MAX })).toBe('balanced');
  });

  const cents = fc.integer({ min: -1e10, max: 1e10 }).map((c) => c / 100);
  const lineArb = fc.record({
    category: fc.constantFrom(...VALUE_CATEGORIES),
    ours: cents,
    alternative: cents,
    verified: fc.boolean(),
  });
  const toCents = (v: number) => Math.round(v * 100);

  it('property: totals are exact to the cent and independent of the order of the lines', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), (raw) => {
        const lines = raw.map((r) => line(r));
        const s = worksheet(lines);
        const byHand = lines
          .filter((l) => l.category !== 'price')
          .reduce(
            (sum, l) =>
              sum + (l.category === 'revenue' ? toCents(l.ours) - toCents(l.alternative) : toCents(l.alternative) - toCents(l.ours)),
            0,
          );
        expect(toCents(s.valueCreated)).toBe(byHand);
        // Every total is a whole number of cents, written as cents / 100.
        for (const v of [s.valueCreated, s.premium, s.netToCustomer, s.tco.ours, s.tco.alternative, s.verified])
          expect(Math.round(v * 100) / 100).toBe(v);
        expect(toCents(s.netToCustomer)).toBe(toCents(s.valueCreated) - toCents(s.premium));
        const categories = VALUE_CATEGORIES.reduce((sum, c) => sum + toCents(s.byCategory[c]), 0);
        expect(categories).toBe(toCents(s.valueCreated));
        // Without revenue lines, the customer's TCO difference is the net value to the customer.
        if (lines.every((l) => l.category !== 'revenue'))
          expect(toCents(s.tco.alternative) - toCents(s.tco.ours)).toBe(toCents(s.netToCustomer));
        const reversed = worksheet([...lines].reverse());
        expect(reversed.valueCreated).toBe(s.valueCreated);
        expect(reversed.netToCustomer).toBe(s.netToCustomer);
        expect(reversed.premium).toBe(s.premium);
      }),
      { numRuns: 300 },
    );
  });

  it('property: verified value never exceeds value created when every line creates value', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), (raw) => {
        const lines = raw.map((r) =>
          line({
            ...r,
            ours: Math.min(r.ours, r.alternative),
            alternative: Math.max(r.ours, r.alternative),
            category: r.category === 'revenue' ? 'usage' : r.category,
          }),
        );
        const s = worksheet(lines);
        expect(s.verified).toBeLessThanOrEqual(s.valueCreated);
        expect(s.valueCreated).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('readProposition', () => {
  it('puts a figure on each focus factor from the lines linked to it', () => {
    const r = readProposition({
      csfs: [csf('csf-1', 5, 7, 6, 'No stock-outs'), csf('csf-2', 2, 5, 9, 'Price')],
      lines: [
        line({ category: 'risk', ours: 4800, alternative: 24000, csf: 'csf-1' }),
        line({ category: 'risk', ours: 0, alternative: 24000, csf: 'csf-1' }),
        line({ category: 'price', ours: 10, alternative: 5, csf: 'csf-1' }),
      ],
    });
    expect(r.focus.map((f) => f.id)).toEqual(['csf-1']);
    expect(r.focusValue).toEqual({ 'csf-1': 43200 });
    expect(r.points.contention.map((c) => c.id)).toEqual(['csf-2']);
  });

  it('new items get the next free id', () => {
    expect(newValueCsf([csf('csf-2', 3, 5, 5)]).id).toBe('csf-3');
    expect(newValueLine([], 'risk')).toMatchObject({ id: 'line-1', category: 'risk', ours: 0, alternative: 0 });
  });
});

describe('propositionToMarkdown', () => {
  const labels: PropositionLabels = {
    locale: 'en',
    currency: 'BRL',
    title: 'Value proposition',
    alternative: 'Best alternative',
    offer: 'Offer',
    focus: 'Resonating focus',
    noFocus: 'No focus yet',
    importance: 'importance',
    ours: 'we',
    best: 'alternative',
    worth: 'worth',
    worksheet: 'Value in use',
    kind: 'Category',
    category: { price: 'Price', acquisition: 'Acquisition', usage: 'Usage', risk: 'Risk', revenue: 'Revenue' },
    line: 'Line',
    withUs: 'With us',
    withAlternative: 'With the alternative',
    value: 'Value',
    source: 'Source',
    verified: 'Verified',
    yes: 'yes',
    no: 'no',
    valueCreated: 'Value created',
    premium: 'Premium',
    net: 'Net to the customer',
    shareAsked: 'Share asked',
    tco: 'TCO (us / alternative)',
    split: { 'no-value': 'n', 'customer-loses': 'l', 'too-greedy': 'g', 'value-given-away': 'v', balanced: 'Balanced.' },
    empty: '—',
  };
  const p: ValueProposition = {
    accountKey: 'a',
    updatedAt: '2026-01-01',
    alternative: 'Rival <b>bid</b>',
    offer: '# not a heading',
    csfs: [csf('csf-1', 5, 7, 6, 'No *stock-outs*')],
    lines: [
      line({ category: 'risk', label: 'Emergency | buys', ours: 4800, alternative: 24000, csf: 'csf-1', verified: true }),
      line({ category: 'price', ours: 100, alternative: 0 }),
    ],
  };

  it('states the focus with its money, the worksheet and the split, with user text escaped', () => {
    const md = propositionToMarkdown(p, 'Hospital [X]', labels);
    expect(md).toContain('## Value proposition: Hospital \\[X\\]');
    expect(md).toContain('Rival &lt;b&gt;bid&lt;/b&gt;');
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('1. **No \\*stock-outs\\*** (importance 5/5; we 7, alternative 6): worth R$19,200.00');
    expect(md).toContain('| Risk | Emergency \\| buys | R$4,800.00 | R$24,000.00 | R$19,200.00 |  — | yes |'.replace('|  — |', '| — |'));
    expect(md).toContain('- Value created: R$19,200.00');
    expect(md).toContain('- Premium: R$100.00');
    expect(md).toContain('Balanced.');
  });

  it('is valid for the stored schema', () => {
    expect(check(valuePropositionSchema, p).success).toBe(true);
  });
});
