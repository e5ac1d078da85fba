import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyAccountPlan, mergePlans, takePlanFields } from '../../src/domain/index.ts';
import type { AccountPlan } from '../../src/domain/index.ts';

const NOW = '2025-01-10T09:00:00.000Z';

function basePlan(): AccountPlan {
  return {
    ...emptyAccountPlan('0012', 'Padaria São João', 2025, NOW),
    mission: 'Base mission',
    objectives: 'Base objectives',
    actions: [
      { id: 'a1', what: 'Visit', owner: 'Ana', due: null, status: 'todo' },
      { id: 'a2', what: 'Call', owner: 'Bia', due: null, status: 'todo' },
    ],
  };
}

describe('mergePlans', () => {
  it('takes fields only the other side changed and keeps fields only this side changed', () => {
    const base = basePlan();
    const mine = { ...base, mission: 'My mission', updatedAt: '2025-01-11T00:00:00.000Z' };
    const theirs = { ...base, objectives: 'Their objectives', updatedAt: '2025-01-12T00:00:00.000Z' };
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.mission).toBe('My mission');
    expect(merged.objectives).toBe('Their objectives');
    expect(merged.updatedAt).toBe('2025-01-12T00:00:00.000Z');
  });

  it('keeps this side on a field both changed, and names it', () => {
    const base = basePlan();
    const mine = { ...base, mission: 'Mine' };
    const theirs = { ...base, mission: 'Theirs', objectives: 'Theirs too' };
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual(['mission']);
    expect(merged.mission).toBe('Mine');
    expect(merged.objectives).toBe('Theirs too');
    // …and the other version can be taken back for exactly those fields.
    expect(takePlanFields(merged, theirs, conflicts).mission).toBe('Theirs');
  });

  it('the same change on both sides is no conflict', () => {
    const base = basePlan();
    const { conflicts } = mergePlans(base, { ...base, mission: 'Same' }, { ...base, mission: 'Same' });
    expect(conflicts).toEqual([]);
  });

  it('merges item lists item by item: additions on both sides, edits to different items, deletions', () => {
    const base = basePlan();
    const mine: AccountPlan = {
      ...base,
      actions: [
        base.actions[0]!,
        { ...base.actions[1]!, owner: 'Carla' },
        { id: 'a3', what: 'Mine new', owner: '', due: null, status: 'todo' },
      ],
    };
    const theirs: AccountPlan = {
      ...base,
      actions: [
        { ...base.actions[0]!, status: 'done' },
        base.actions[1]!,
        { id: 'a4', what: 'Their new', owner: '', due: null, status: 'todo' },
      ],
    };
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.actions.map((a) => [a.id, a.owner, a.status])).toEqual([
      ['a1', 'Ana', 'done'],
      ['a2', 'Carla', 'todo'],
      ['a3', '', 'todo'],
      ['a4', '', 'todo'],
    ]);
  });

  it('an item deleted on one side and untouched on the other goes; deleted and edited stays, as a conflict', () => {
    const base = basePlan();
    const deletedHere = { ...base, actions: [base.actions[1]!] };
    expect(mergePlans(base, deletedHere, base).merged.actions.map((a) => a.id)).toEqual(['a2']);
    const editedThere = { ...base, actions: [{ ...base.actions[0]!, what: 'Visit twice' }, base.actions[1]!] };
    const r = mergePlans(base, deletedHere, editedThere);
    expect(r.conflicts).toEqual(['actions']);
    expect(r.merged.actions.find((a) => a.id === 'a1')?.what).toBe('Visit twice');
  });

  it('optional fields removed on one side are removed', () => {
    const base: AccountPlan = { ...basePlan(), currentStage: 'mid' };
    const mine = { ...base };
    delete mine.currentStage;
    const { merged, conflicts } = mergePlans(base, mine, { ...base, mission: 'x' });
    expect(conflicts).toEqual([]);
    expect('currentStage' in merged).toBe(false);
  });

  it('never loses text: every field equals mine, or theirs where only they changed it (property)', () => {
    const text = fc.constantFrom('base', 'mine', 'theirs', '');
    fc.assert(
      fc.property(text, text, text, text, (m1, t1, m2, t2) => {
        const base = basePlan();
        base.mission = 'base';
        base.objectives = 'base';
        const mine = { ...base, mission: m1, objectives: m2 };
        const theirs = { ...base, mission: t1, objectives: t2 };
        const { merged, conflicts } = mergePlans(base, mine, theirs);
        for (const [field, m, t] of [
          ['mission', m1, t1],
          ['objectives', m2, t2],
        ] as const) {
          const expected = m === 'base' ? t : m;
          expect(merged[field]).toBe(expected);
          expect(conflicts.includes(field)).toBe(m !== 'base' && t !== 'base' && m !== t);
        }
      }),
    );
  });
});
