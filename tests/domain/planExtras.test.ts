import { describe, expect, it } from 'vitest';
import {
  TEAM_DECISIONS,
  buyerViewSentences,
  buyerViewToMarkdown,
  planBuyerView,
  planTeam,
  propositionDashboardLines,
  readKraljic,
} from '../../src/domain/index.ts';
import type { BuyerViewLabels, ValueProposition } from '../../src/domain/index.ts';
import { caseBuyerAnswers } from '../course/caseBuyers.ts';

/** Hospital Santa Clara's buyer (case sheet): high profit impact, supply risk just below the middle. */
const santaClara = caseBuyerAnswers('hospital-santa-clara');
/** Grupo Sabor & Cia's buyer: both axes high. */
const sabor = caseBuyerAnswers('grupo-sabor-cia');

const labels: BuyerViewLabels = {
  title: 'Buyer view',
  incomplete: '{answered}/{total} answered.',
  quadrantLine: 'Seen as a {quadrant}.',
  quadrant: { 'non-critical': 'NC', leverage: 'LEV', bottleneck: 'BOT', strategic: 'STR' },
  axes: 'Impact {impact}, risk {risk}.',
  capLine: 'Up to {cap}.',
  closedLine: 'Closed: {stages}.',
  verdict: {
    'target-above-cap': 'Target {target} above {cap}.',
    'stage-above-cap': 'Stage {stage} above {cap}.',
    uncoupling: 'Uncoupling under {cap}.',
    'no-stage': 'No stage; cap {cap}.',
    'at-cap': 'At {cap}.',
    room: 'Room: {stage} below {cap}.',
  },
  stageName: (s) => s.toUpperCase(),
  noTarget: 'none',
  score: (v) => v.toFixed(2),
};

describe('planBuyerView', () => {
  it('is null when the account has no answer', () => {
    expect(planBuyerView(undefined, 'mid', 'partnership')).toBeNull();
    expect(planBuyerView({}, 'mid', 'partnership')).toBeNull();
  });

  it('says how many questions are answered while the reading is incomplete', () => {
    expect(planBuyerView({ 'spend-weight': 4, alternatives: 2 }, 'mid', null)).toEqual({ complete: false, answered: 2, total: 6 });
  });

  it('reads the quadrant, the axes and the cap as the Kraljic tool does, and judges the plan’s own stages', () => {
    const view = planBuyerView(santaClara, 'mid', 'partnership');
    const tool = readKraljic(santaClara);
    expect(view).toMatchObject({
      complete: true,
      quadrant: 'leverage',
      cap: 'mid',
      profitImpact: tool.profitImpact,
      supplyRisk: tool.supplyRisk,
      closed: ['partnership', 'synergistic'],
      verdict: 'target-above-cap',
      stage: 'mid',
      target: 'partnership',
    });
    expect(planBuyerView(santaClara, 'early', 'mid')).toMatchObject({ verdict: 'room' });
    expect(planBuyerView(santaClara, 'mid', null)).toMatchObject({ verdict: 'at-cap' });
    expect(planBuyerView(santaClara, null, undefined)).toMatchObject({ verdict: 'no-stage', stage: null, target: null });
    expect(planBuyerView(santaClara, 'uncoupling', null)).toMatchObject({ verdict: 'uncoupling' });
    expect(planBuyerView(sabor, 'partnership', 'synergistic')).toMatchObject({ quadrant: 'strategic', closed: [], verdict: 'room' });
  });
});

describe('buyerViewSentences and buyerViewToMarkdown', () => {
  it('fills every placeholder, names the closed rungs and ends with the verdict', () => {
    const view = planBuyerView(santaClara, 'mid', 'partnership')!;
    expect(buyerViewSentences(view, labels)).toEqual([
      'Seen as a LEV.',
      'Impact 3.67, risk 2.67.',
      'Up to MID.',
      'Closed: PARTNERSHIP, SYNERGISTIC.',
      'Target PARTNERSHIP above MID.',
    ]);
  });

  it('leaves the closed line out for a strategic buyer and names a missing stage', () => {
    const lines = buyerViewSentences(planBuyerView(sabor, 'partnership', null)!, labels);
    expect(lines.some((l) => l.startsWith('Closed'))).toBe(false);
    expect(lines.at(-1)).toBe('Room: PARTNERSHIP below SYNERGISTIC.');
  });

  it('writes a Markdown section: a heading and one bullet per sentence', () => {
    const md = buyerViewToMarkdown(planBuyerView({ 'cost-effect': 5 }, 'mid', 'mid')!, labels);
    expect(md).toBe('## Buyer view\n\n- 1/6 answered.\n');
    const full = buyerViewToMarkdown(planBuyerView(santaClara, 'mid', 'partnership')!, labels);
    expect(full.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(5);
  });
});

describe('planTeam', () => {
  const members = [
    { id: 'k', name: ' Juliana ', function: 'sales', role: 'kam' },
    { id: 's', name: 'Marta', function: 'management', role: 'sponsor' },
    { id: 'draft', name: '  ', function: 'other', role: 'counterpart' },
    { id: 'q', name: 'Paulo', function: 'quality', role: 'counterpart' },
  ] as const;

  it('is null without a named person', () => {
    expect(planTeam(undefined)).toBeNull();
    expect(planTeam({ members: [members[2]], raci: [] })).toBeNull();
  });

  it('lists the named people, the sponsor, and who holds each letter per decision in the team’s order', () => {
    const read = planTeam({
      members: [...members],
      raci: [
        { decision: 'price', member: 'q', letter: 'C' },
        { decision: 'price', member: 's', letter: 'A' },
        { decision: 'price', member: 'k', letter: 'R' },
        { decision: 'exceptions', member: 'k', letter: 'C' },
        { decision: 'exceptions', member: 'q', letter: 'C' },
        // A draft row's cell is not printed.
        { decision: 'terms', member: 'draft', letter: 'A' },
      ],
    })!;
    expect(read.people.map((m) => m.id)).toEqual(['k', 's', 'q']);
    expect(read.sponsors).toEqual(['Marta']);
    expect(read.decisions.map((d) => d.decision)).toEqual([...TEAM_DECISIONS]);
    expect(read.decisions[0]).toEqual({ decision: 'price', A: ['Marta'], R: ['Juliana'], C: ['Paulo'], I: [] });
    expect(read.decisions.find((d) => d.decision === 'exceptions')?.C).toEqual(['Juliana', 'Paulo']);
    expect(read.decisions.find((d) => d.decision === 'terms')).toEqual({ decision: 'terms', A: [], R: [], C: [], I: [] });
    expect(read.raciEmpty).toBe(false);
  });

  it('says when no letter is set', () => {
    expect(planTeam({ members: [members[0]], raci: [] })).toMatchObject({ sponsors: [], raciEmpty: true });
  });
});

describe('propositionDashboardLines', () => {
  const proposition = (accountKey: string, over: Partial<ValueProposition> = {}): ValueProposition => ({
    accountKey,
    updatedAt: '2026-01-01T00:00:00Z',
    alternative: 'A national distributor',
    offer: '',
    csfs: [
      { id: 'csf-1', factor: 'No stock-outs', importance: 5, ours: 9, best: 6 },
      { id: 'csf-2', factor: 'Cleaning results', importance: 4, ours: 8, best: 7 },
      { id: 'csf-3', factor: 'Price', importance: 5, ours: 5, best: 8 },
      { id: 'csf-4', factor: '   ', importance: 3, ours: 5, best: 5 },
    ],
    lines: [
      { id: 'l-1', category: 'price', label: 'Price', ours: 840000, alternative: 806400, csf: '', source: '', verified: false },
      { id: 'l-2', category: 'risk', label: 'Stock-outs', ours: 4800, alternative: 24000, csf: 'csf-1', source: '', verified: false },
      { id: 'l-3', category: 'usage', label: 'Rework', ours: 6000.5, alternative: 18000.25, csf: 'csf-2', source: '', verified: true },
    ],
    ...over,
  });
  const accounts = [
    { key: 'santa-clara', name: 'Hospital Santa Clara' },
    { key: 'sabor', name: 'Grupo Sabor & Cia' },
    { key: 'empty', name: 'Hotel Parque das Águas' },
  ];

  it('one line per key account, in their order: the figures of the tool’s reading, or none', () => {
    const lines = propositionDashboardLines(accounts, [
      proposition('empty', { alternative: '', csfs: [], lines: [] }),
      proposition('santa-clara'),
      proposition('not-key'),
    ]);
    expect(lines.map((l) => l.key)).toEqual(['santa-clara', 'sabor', 'empty']);
    expect(lines[0]).toEqual({
      key: 'santa-clara',
      name: 'Hospital Santa Clara',
      // Named factors only; the focus: the two favourable points of difference of importance ≥ 4; a premium
      // (33 600) above the value in use (31 199.75 = 19 200 + 11 999.75): the customer loses.
      proposition: { factors: 3, focus: 2, valueInUse: 31199.75, split: 'customer-loses' },
    });
    expect(lines[1]!.proposition).toBeNull();
    // An empty proposition (nothing typed) is no proposition.
    expect(lines[2]!.proposition).toBeNull();
  });

  it('no key account, no line', () => {
    expect(propositionDashboardLines([], [proposition('santa-clara')])).toEqual([]);
  });
});
