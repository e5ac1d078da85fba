import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KRALJIC_QUADRANTS,
  KRALJIC_QUESTION_IDS,
  KRALJIC_SCALE,
  LADDER_STAGES,
  buildDashboard,
  nextStepGroups,
  capWarning,
  check,
  compareWithCap,
  kraljicReadingSchema,
  ladderIndex,
  readKraljic,
  stageAndTarget,
  stageCapFor,
  stagesAboveCap,
} from '../../src/domain/index.ts';
import type { KraljicAnswers } from '../../src/domain/index.ts';

/** Answers with the profit-impact questions at `impact` and the supply-risk ones at `risk`. */
function answers(impact: 1 | 2 | 3 | 4 | 5, risk: 1 | 2 | 3 | 4 | 5): KraljicAnswers {
  return {
    'spend-weight': impact,
    'cost-effect': impact,
    'quality-effect': impact,
    alternatives: risk,
    'switching-cost': risk,
    'failure-impact': risk,
  };
}

describe('readKraljic', () => {
  it('puts each corner in its quadrant', () => {
    expect(readKraljic(answers(1, 1)).quadrant).toBe('non-critical');
    expect(readKraljic(answers(5, 1)).quadrant).toBe('leverage');
    expect(readKraljic(answers(1, 5)).quadrant).toBe('bottleneck');
    expect(readKraljic(answers(5, 5)).quadrant).toBe('strategic');
  });

  it('averages each axis over its own three questions', () => {
    const r = readKraljic({
      'spend-weight': 4,
      'cost-effect': 3,
      'quality-effect': 4,
      alternatives: 2,
      'switching-cost': 2,
      'failure-impact': 4,
    });
    expect(r.profitImpact).toBeCloseTo(11 / 3);
    expect(r.supplyRisk).toBeCloseTo(8 / 3);
    expect(r.quadrant).toBe('leverage');
    expect(r.cap).toBe('mid');
  });

  it('counts the middle of the scale as low: all 3s is non-critical', () => {
    expect(readKraljic(answers(3, 3)).quadrant).toBe('non-critical');
    expect(readKraljic({ ...answers(3, 3), 'spend-weight': 4 }).quadrant).toBe('leverage');
  });

  it('gives no quadrant until every question is answered, but shows the axes so far', () => {
    const partial = readKraljic({ 'spend-weight': 5, alternatives: 1 });
    expect(partial).toMatchObject({ profitImpact: 5, supplyRisk: 1, answered: 2, complete: false, quadrant: null, cap: null });
    expect(readKraljic({})).toMatchObject({ profitImpact: null, supplyRisk: null, answered: 0, quadrant: null });
  });

  it('ignores keys that are not questions (an inherited name is not an answer)', () => {
    const hostile = JSON.parse('{"__proto__": 5, "constructor": 5, "spend-weight": 2}') as KraljicAnswers;
    expect(readKraljic(hostile)).toMatchObject({ answered: 1, profitImpact: 2, supplyRisk: null });
  });

  it('raising an answer never lowers the cap (property)', () => {
    const scale = fc.constantFrom(...KRALJIC_SCALE);
    const full = fc.record(Object.fromEntries(KRALJIC_QUESTION_IDS.map((id) => [id, scale])) as Record<string, typeof scale>);
    fc.assert(
      fc.property(full, fc.constantFrom(...KRALJIC_QUESTION_IDS), (a, id) => {
        const before = readKraljic(a as KraljicAnswers).cap!;
        const raised = { ...a, [id]: 5 } as KraljicAnswers;
        const after = readKraljic(raised).cap!;
        return ladderIndex(after) >= ladderIndex(before);
      }),
    );
  });
});

describe('stageCapFor', () => {
  it('keeps leverage and non-critical at Mid-KAM, bottleneck at Partnership, opens Synergistic for strategic', () => {
    expect(stageCapFor('non-critical')).toBe('mid');
    expect(stageCapFor('leverage')).toBe('mid');
    expect(stageCapFor('bottleneck')).toBe('partnership');
    expect(stageCapFor('strategic')).toBe('synergistic');
    expect(stagesAboveCap('mid')).toEqual(['partnership', 'synergistic']);
    expect(stagesAboveCap('synergistic')).toEqual([]);
  });

  it('never caps below Early-KAM: every quadrant allows a customer that buys from us', () => {
    for (const q of KRALJIC_QUADRANTS) expect(ladderIndex(stageCapFor(q))).toBeGreaterThanOrEqual(ladderIndex('mid'));
  });
});

describe('compareWithCap', () => {
  it('names a target above the cap first', () => {
    expect(compareWithCap('mid', 'mid', 'partnership')).toBe('target-above-cap');
    expect(compareWithCap('mid', 'uncoupling', 'partnership')).toBe('target-above-cap');
  });
  it('reads the stage against the cap when the target fits', () => {
    expect(compareWithCap('mid', 'partnership', null)).toBe('stage-above-cap');
    expect(compareWithCap('mid', 'mid', 'mid')).toBe('at-cap');
    expect(compareWithCap('mid', 'early', 'mid')).toBe('room');
    expect(compareWithCap('partnership', 'uncoupling', null)).toBe('uncoupling');
    expect(compareWithCap('synergistic', null, null)).toBe('no-stage');
  });
  it('agrees with capWarning on every cap and target', () => {
    for (const cap of LADDER_STAGES)
      for (const target of LADDER_STAGES) {
        const quadrant = KRALJIC_QUADRANTS.find((q) => stageCapFor(q) === cap);
        if (quadrant === undefined) continue;
        const a = quadrant === 'strategic' ? answers(5, 5) : quadrant === 'bottleneck' ? answers(1, 5) : answers(1, 1);
        expect(capWarning(a, target) !== null).toBe(compareWithCap(cap, 'pre', target) === 'target-above-cap');
      }
  });
});

describe('capWarning', () => {
  it('says nothing without a complete reading or a target', () => {
    expect(capWarning(undefined, 'synergistic')).toBeNull();
    expect(capWarning({ 'spend-weight': 5 }, 'synergistic')).toBeNull();
    expect(capWarning(answers(5, 1), null)).toBeNull();
    expect(capWarning(answers(5, 1), 'mid')).toBeNull();
  });
  it('names the quadrant and the cap when the target is above it', () => {
    expect(capWarning(answers(5, 1), 'partnership')).toEqual({ quadrant: 'leverage', cap: 'mid' });
  });
});

describe('stageAndTarget', () => {
  it('reads the latest diagnosis by date, else the latest plan', () => {
    const diagnoses = [
      { date: '2026-02-01', stage: 'mid' as const, targetStage: 'partnership' as const },
      { date: '2025-06-01', stage: 'early' as const },
    ];
    expect(stageAndTarget(diagnoses, [])).toEqual({ stage: 'mid', target: 'partnership' });
    const plans = [{ year: 2026, updatedAt: '2026-01-01', currentStage: 'early' as const, targetStage: 'mid' as const }];
    expect(stageAndTarget([], plans)).toEqual({ stage: 'early', target: 'mid' });
    expect(stageAndTarget([{ date: '2026-01-01', stage: 'pre' }], plans)).toEqual({ stage: 'pre', target: 'mid' });
    expect(stageAndTarget([], [])).toEqual({ stage: null, target: null });
  });
});

describe('kraljicReadingSchema', () => {
  it('keeps the six answers and drops any other key, hostile ones included', () => {
    const raw = JSON.parse('{"accountKey":"a","updatedAt":"x","answers":{"__proto__":{"polluted":1},"constructor":3,"alternatives":2}}');
    const parsed = check(kraljicReadingSchema, raw);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(Object.keys(parsed.data.answers)).toEqual(['alternatives']);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });
  it('refuses an answer outside 1..5', () => {
    expect(check(kraljicReadingSchema, { accountKey: 'a', updatedAt: '', answers: { alternatives: 6 } }).success).toBe(false);
    expect(check(kraljicReadingSchema, { accountKey: 'a', updatedAt: '', answers: { alternatives: 2.5 } }).success).toBe(false);
  });
});

describe('the dashboard warns when a target is above the buyer’s view', () => {
  const setup = { attractiveness: [{ id: 'a1', weight: 100 }], strength: [{ id: 's1', weight: 100 }], midpoint: 5 };
  const diagnosed = (targetStage: 'mid' | 'partnership') => ({
    diagnoses: [{ date: '2026-01-10', answers: {}, signals: [], stage: 'mid' as const, targetStage }],
    uncoupling: null,
    matrixScores: {},
    plans: [],
  });
  const build = (kraljic?: { accountKey: string; answers: KraljicAnswers }[]) =>
    buildDashboard({
      portfolio: {
        clients: [
          { key: 'sc', name: 'Santa Clara', revenue: 100, keyAccount: true },
          { key: 'boa', name: 'Boa Compra', revenue: 90, keyAccount: true },
        ],
      },
      assessments: { sc: diagnosed('partnership'), boa: diagnosed('mid') },
      matrixConfig: setup,
      today: '2026-02-01',
      ...(kraljic ? { kraljic } : {}),
    });

  it('adds "stage-cap" only where a complete reading caps below the target', () => {
    const model = build([
      { accountKey: 'sc', answers: answers(5, 1) },
      { accountKey: 'boa', answers: answers(5, 1) },
    ]);
    expect(model.rows.find((r) => r.key === 'sc')!.warnings).toContain('stage-cap');
    expect(model.rows.find((r) => r.key === 'boa')!.warnings).not.toContain('stage-cap');
    expect(nextStepGroups(model.rows).find((g) => g.warning === 'stage-cap')?.names).toEqual(['Santa Clara']);
  });

  it('says nothing without a reading, with a partial one, or when the buyer is strategic', () => {
    for (const kraljic of [
      undefined,
      [{ accountKey: 'sc', answers: { 'spend-weight': 5 } as KraljicAnswers }],
      [{ accountKey: 'sc', answers: answers(5, 5) }],
    ])
      expect(build(kraljic).rows.every((r) => !r.warnings.includes('stage-cap'))).toBe(true);
  });
});
