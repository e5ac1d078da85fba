/**
 * Two tabs editing the same account: "this tab" is the real store; "the other tab" writes storage
 * directly and this tab misses its event (frozen tab, bfcache, same-millisecond race). Per-item
 * edits must apply to the newest stored value; nothing either tab did is lost.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccountPlan } from '../../src/domain/index.ts';
import type { AccountPlan } from '../../src/domain/index.ts';
import {
  $assessments,
  $segments,
  $storageStatus,
  changeDiagnosis,
  getAssessment,
  saveSegment,
  savePlan,
  savePlanEdit,
  setFitCost,
  setMatrixScore,
  setUncouplingCheck,
  updateSegment,
} from '../../src/state/index.ts';
import type { Assessments } from '../../src/state/index.ts';
import { encodeStored } from '../../src/state/persisted.ts';
import { freshStorage } from './helpers.ts';

type Storage = ReturnType<typeof freshStorage>;

/** The other tab changes the stored assessments (without this tab hearing about it). */
function otherTab(storage: Storage, fn: (all: Assessments) => Assessments): void {
  const raw = storage.getItem('kam:assessments')!;
  const env = JSON.parse(raw);
  storage.setItem('kam:assessments', encodeStored(fn(env.data), env.rev + 1));
}

function stored(storage: Storage): Assessments {
  return JSON.parse(storage.getItem('kam:assessments')!).data;
}

describe('per-item edits from a stale tab', () => {
  it('uncoupling ticks: both tabs’ ticks survive', () => {
    const storage = freshStorage();
    expect(setUncouplingCheck('c1', 'kp-contact-left', true)).toEqual({ ok: true });
    otherTab(storage, (all) => ({
      ...all,
      c1: { ...all.c1!, uncoupling: { checked: ['kp-contact-left', 'tb-broken-promise'], updatedAt: '2026-01-01T00:00:00.000Z' } },
    }));
    expect(setUncouplingCheck('c1', 'ex-fatigue', true)).toEqual({ ok: true });
    expect(stored(storage).c1!.uncoupling!.checked).toEqual(['kp-contact-left', 'tb-broken-promise', 'ex-fatigue']);
    expect(setUncouplingCheck('c1', 'kp-contact-left', false)).toEqual({ ok: true });
    expect(stored(storage).c1!.uncoupling!.checked).toEqual(['tb-broken-promise', 'ex-fatigue']);
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('matrix scores: a score for another criterion from the other tab is kept', () => {
    const storage = freshStorage();
    setMatrixScore('c1', 'size', 7);
    otherTab(storage, (all) => ({ ...all, c1: { ...all.c1!, matrixScores: { ...all.c1!.matrixScores, growth: 4 } } }));
    expect(setMatrixScore('c1', 'margin', 9)).toEqual({ ok: true });
    expect(stored(storage).c1!.matrixScores).toEqual({ size: 7, growth: 4, margin: 9 });
    expect(getAssessment('c1').matrixScores).toEqual({ size: 7, growth: 4, margin: 9 });
  });

  it('diagnosis answers: answers given in the other tab are kept and the stage is recomputed', () => {
    const storage = freshStorage();
    const first = changeDiagnosis('c1', null, { answers: {}, signals: [] }, { kind: 'answer', questionId: 'q1', optionId: 'o1' });
    expect(first.result).toEqual({ ok: true });
    const id = first.diagnosis!.id;
    otherTab(storage, (all) => ({
      ...all,
      c1: { ...all.c1!, diagnoses: all.c1!.diagnoses.map((d) => ({ ...d, answers: { ...d.answers, q2: 'o2' } })) },
    }));
    // This tab's form still shows only q1; it answers q3.
    const next = changeDiagnosis('c1', id, { answers: { q1: 'o1' }, signals: [] }, { kind: 'answer', questionId: 'q3', optionId: 'o3' });
    expect(next.result).toEqual({ ok: true });
    const saved = stored(storage).c1!.diagnoses;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.answers).toEqual({ q1: 'o1', q2: 'o2', q3: 'o3' });
    expect(next.diagnosis!.answers).toEqual({ q1: 'o1', q2: 'o2', q3: 'o3' });
    // A signal and the target are single edits too.
    changeDiagnosis('c1', id, { answers: {}, signals: [] }, { kind: 'signal', signalId: 'sig', on: true });
    changeDiagnosis('c1', id, { answers: {}, signals: [] }, { kind: 'target', target: 'partnership' });
    expect(stored(storage).c1!.diagnoses[0]).toMatchObject({
      answers: { q1: 'o1', q2: 'o2', q3: 'o3' },
      signals: ['sig'],
      targetStage: 'partnership',
    });
  });

  it('fit/cost: changing one score keeps the other as the other tab stored it', () => {
    const storage = freshStorage();
    setFitCost('c1', { fit: 5, cost: 5 });
    otherTab(storage, (all) => ({ ...all, c1: { ...all.c1!, fitCost: { fit: 5, cost: 2 } } }));
    expect(setFitCost('c1', { fit: 8, cost: 5 }, 'fit')).toEqual({ ok: true });
    expect(stored(storage).c1!.fitCost).toEqual({ fit: 8, cost: 2 });
  });

  it('DPM segments: a field edit keeps the other tab’s edit of another field and its new segment', () => {
    const storage = freshStorage();
    const seg = {
      id: 's1',
      name: 'Hospitals',
      revenueNow: 10,
      revenueIn3Years: 20,
      attractivenessNow: 5,
      strengthNow: 5,
      attractivenessIn3Years: 5,
      strengthIn3Years: 5,
    };
    saveSegment(seg);
    const env = JSON.parse(storage.getItem('kam:segments')!);
    storage.setItem(
      'kam:segments',
      encodeStored(
        [
          { ...seg, revenueNow: 99 },
          { ...seg, id: 's2', name: 'Schools' },
        ],
        env.rev + 1,
      ),
    );
    expect(updateSegment('s1', { name: 'Clinics' })).toEqual({ ok: true });
    const list = JSON.parse(storage.getItem('kam:segments')!).data;
    expect(list.map((s: { id: string; name: string; revenueNow: number }) => [s.id, s.name, s.revenueNow])).toEqual([
      ['s1', 'Clinics', 99],
      ['s2', 'Schools', 10],
    ]);
    expect($segments.get()).toHaveLength(2);
  });
});

describe('account plan edited in two tabs', () => {
  function plan(): AccountPlan {
    return { ...emptyAccountPlan('c1', 'Client 1', 2026, '2026-01-01T00:00:00.000Z'), mission: 'Base', objectives: 'Base' };
  }

  it('different fields: both edits survive, no conflict', () => {
    const storage = freshStorage();
    const base = plan();
    savePlan(base, { keepUpdatedAt: true });
    otherTab(storage, (all) => ({
      ...all,
      c1: { ...all.c1!, plans: [{ ...base, objectives: 'Theirs', updatedAt: '2026-01-02T00:00:00.000Z' }] },
    }));
    const out = savePlanEdit(base, { ...base, mission: 'Mine' });
    expect(out.result).toEqual({ ok: true });
    expect(out.conflicts).toEqual([]);
    expect(stored(storage).c1!.plans[0]).toMatchObject({ mission: 'Mine', objectives: 'Theirs' });
  });

  it('the same field: this tab’s text is saved, the conflict is named and the other version returned', () => {
    const storage = freshStorage();
    const base = plan();
    savePlan(base, { keepUpdatedAt: true });
    const theirs = { ...base, mission: 'Theirs', updatedAt: '2026-01-02T00:00:00.000Z' };
    otherTab(storage, (all) => ({ ...all, c1: { ...all.c1!, plans: [theirs] } }));
    const out = savePlanEdit(base, { ...base, mission: 'Mine' });
    expect(out.conflicts).toEqual(['mission']);
    expect(out.theirs?.mission).toBe('Theirs');
    expect(stored(storage).c1!.plans[0]!.mission).toBe('Mine');
  });

  it('a plan deleted in the other tab while edited here is saved again (nothing typed is lost)', () => {
    const storage = freshStorage();
    const base = plan();
    savePlan(base, { keepUpdatedAt: true });
    otherTab(storage, (all) => ({ ...all, c1: { ...all.c1!, plans: [] } }));
    const out = savePlanEdit(base, { ...base, mission: 'Mine' });
    expect(out.result).toEqual({ ok: true });
    expect(stored(storage).c1!.plans.map((p) => p.mission)).toEqual(['Mine']);
    expect($assessments.get().c1!.plans).toHaveLength(1);
  });
});
