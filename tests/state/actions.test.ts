import { describe, expect, it } from 'vitest';
import { emptyAccountPlan } from '../../src/domain/index.ts';
import {
  $assessments,
  $matrixConfig,
  $portfolio,
  $progress,
  $segments,
  $settings,
  addClients,
  assessedAccountKeys,
  clearPortfolio,
  defaultMatrixConfig,
  deleteDiagnosis,
  deletePlan,
  getAssessment,
  keyAccounts,
  markLessonRead,
  removeClients,
  removeSegment,
  replacePortfolio,
  resetMatrixConfig,
  restoreClients,
  saveDiagnosis,
  savePlan,
  saveQuizResult,
  saveSegment,
  setFitCost,
  setKeyAccounts,
  setLearnerName,
  setMatrixConfig,
  setMatrixScore,
  setMonthlySales,
  setSegments,
  setUncouplingChecks,
  updateClient,
  updateSettings,
} from '../../src/state/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { freshStorage } from './helpers.ts';

const c = (key: string, revenue = 100, extra: Record<string, unknown> = {}) => ({ key, name: key.toUpperCase(), revenue, ...extra });
const keys = () => $portfolio.get().clients.map((x) => x.key);
const stored = (storage: ReturnType<typeof freshStorage>, name: string) => JSON.parse(storage.getItem(`kam:${name}`)!).data;

describe('portfolio', () => {
  it('adds clients, updating existing ones without losing the user’s marks', () => {
    freshStorage();
    expect(addClients([c('a'), c('b'), c('a', 5)])).toMatchObject({ added: 2, updated: 1, skipped: 0, result: { ok: true } });
    expect($portfolio.get().clients).toEqual([
      { key: 'a', name: 'A', revenue: 5, keyAccount: false },
      { key: 'b', name: 'B', revenue: 100, keyAccount: false },
    ]);
    setKeyAccounts(['a'], true);
    updateClient('a', { notes: 'call monthly' });
    addClients([c('a', 999)]);
    expect($portfolio.get().clients[0]).toEqual({ key: 'a', name: 'A', revenue: 999, keyAccount: true, notes: 'call monthly' });
    expect(addClients([c('a', 1)], { onExisting: 'skip' })).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    addClients([c('a', 2)], { onExisting: 'replace' });
    expect($portfolio.get().clients[0]).toEqual({ key: 'a', name: 'A', revenue: 2, keyAccount: false });
  });

  it('persists every change', () => {
    const storage = freshStorage();
    addClients([c('a'), c('b')]);
    setKeyAccounts(['a', 'b'], true);
    expect(stored(storage, 'portfolio').clients.map((x: { keyAccount: boolean }) => x.keyAccount)).toEqual([true, true]);
    expect(keyAccounts().map((x) => x.key)).toEqual(['a', 'b']);
  });

  it('cannot rename a key through updateClient', () => {
    freshStorage();
    addClients([c('a')]);
    updateClient('a', { key: 'z', name: 'Renamed' } as never);
    expect($portfolio.get().clients[0]).toMatchObject({ key: 'a', name: 'Renamed' });
  });

  it('removes clients with an undo token that restores positions and sales', () => {
    freshStorage();
    addClients([c('a'), c('b'), c('c'), c('d')]);
    setMonthlySales([
      { key: 'b', month: '2025-01', amount: 10 },
      { key: 'c', month: '2025-01', amount: 5 },
    ]);
    const token = removeClients(['b', 'd']);
    expect(token.result).toEqual({ ok: true });
    expect(keys()).toEqual(['a', 'c']);
    expect($portfolio.get().monthlySales).toEqual([{ key: 'c', month: '2025-01', amount: 5 }]);
    expect(restoreClients(token)).toEqual({ ok: true });
    expect(keys()).toEqual(['a', 'b', 'c', 'd']);
    expect($portfolio.get().monthlySales).toHaveLength(2);
    const all = clearPortfolio();
    expect(keys()).toEqual([]);
    restoreClients(all);
    expect(keys()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('merges or replaces monthly sales by client and month', () => {
    freshStorage();
    setMonthlySales([
      { key: 'a', month: '2025-01', amount: 1 },
      { key: 'a', month: '2025-02', amount: 2 },
    ]);
    setMonthlySales([{ key: 'a', month: '2025-02', amount: 20 }], 'merge');
    expect($portfolio.get().monthlySales).toEqual([
      { key: 'a', month: '2025-01', amount: 1 },
      { key: 'a', month: '2025-02', amount: 20 },
    ]);
    setMonthlySales([], 'replace');
    expect($portfolio.get().monthlySales).toEqual([]);
  });

  it('refuses bad input instead of storing it', () => {
    freshStorage();
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(addClients([c('a', Number.NaN)]).result).toEqual({ ok: false, reason: 'invalid' });
      expect(setMonthlySales([{ key: 'a', month: '2025-13', amount: 1 }])).toEqual({ ok: false, reason: 'invalid' });
      expect(replacePortfolio({ clients: [{ key: '', name: '', revenue: 1, keyAccount: false }], monthlySales: [] })).toMatchObject({
        ok: false,
      });
    } finally {
      console.error = original;
    }
    expect($portfolio.get().clients).toEqual([]);
  });
});

describe('assessments', () => {
  it('keeps a dated diagnosis history per account', () => {
    const storage = freshStorage();
    const first = saveDiagnosis('a', {
      answers: { share: 'mid' },
      signals: [],
      stage: 'mid',
      targetStage: 'partnership',
      date: '2025-01-01',
    });
    const second = saveDiagnosis('a', { answers: { share: 'partnership' }, signals: [], stage: 'partnership' });
    expect(first.result).toEqual({ ok: true });
    expect(getAssessment('a').diagnoses.map((d) => d.stage)).toEqual(['mid', 'partnership']);
    expect(second.diagnosis.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    saveDiagnosis('a', { ...first.diagnosis, stage: 'early' });
    expect(getAssessment('a').diagnoses.map((d) => d.stage)).toEqual(['early', 'partnership']);
    deleteDiagnosis('a', second.diagnosis.id);
    expect(stored(storage, 'assessments').a.diagnoses).toHaveLength(1);
  });

  it('stores checklists, scores, fit/cost per account', () => {
    freshStorage();
    setUncouplingChecks('a', ['x', 'y', 'x']);
    setMatrixScore('a', 'volume', 8);
    setMatrixScore('a', 'growth', 3);
    setMatrixScore('a', 'growth', null);
    setFitCost('b', { fit: 7, cost: 2 });
    expect(getAssessment('a')).toMatchObject({ uncoupling: { checked: ['x', 'y'] }, matrixScores: { volume: 8 }, fitCost: null });
    expect(getAssessment('b').fitCost).toEqual({ fit: 7, cost: 2 });
    expect(assessedAccountKeys().sort()).toEqual(['a', 'b']);
    const original = console.error;
    console.error = () => undefined;
    expect(setMatrixScore('a', 'volume', 11)).toEqual({ ok: false, reason: 'invalid' });
    console.error = original;
  });

  it('is safe for any account key, including "constructor" and "__proto__"', () => {
    freshStorage();
    expect(getAssessment('constructor')).toEqual({ diagnoses: [], uncoupling: null, matrixScores: {}, fitCost: null, plans: [] });
    expect(setFitCost('constructor', { fit: 1, cost: 1 })).toEqual({ ok: true });
    expect(getAssessment('constructor').fitCost).toEqual({ fit: 1, cost: 1 });
    // A client may really be called "__proto__": its work is kept like any other's, as an own
    // property in memory and spelled safely in storage, and no prototype changes.
    const storage = freshStorage();
    expect(setFitCost('constructor', { fit: 1, cost: 1 })).toEqual({ ok: true });
    expect(setFitCost('__proto__', { fit: 2, cost: 3 })).toEqual({ ok: true });
    expect(getAssessment('__proto__').fitCost).toEqual({ fit: 2, cost: 3 });
    expect(Object.keys($assessments.get())).toEqual(['constructor', '__proto__']);
    expect(Object.getPrototypeOf($assessments.get())).toBe(Object.prototype);
    expect(({} as { fitCost?: unknown }).fitCost).toBeUndefined();
    const raw = storage.getItem('kam:assessments')!;
    expect(raw).toContain('"\\u0001__proto__"');
    expect(raw).not.toContain('"__proto__"');
    reloadAllStores();
    expect(getAssessment('__proto__').fitCost).toEqual({ fit: 2, cost: 3 });
    expect(getAssessment('constructor').fitCost).toEqual({ fit: 1, cost: 1 });
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('saves, replaces and deletes account plans', () => {
    freshStorage();
    const plan = emptyAccountPlan('a', 'A', 2026, '2026-01-01T00:00:00.000Z');
    expect(savePlan(plan)).toEqual({ ok: true });
    savePlan({ ...plan, mission: 'Grow together' });
    const plans = getAssessment('a').plans;
    expect(plans).toHaveLength(1);
    expect(plans[0]!.mission).toBe('Grow together');
    expect(plans[0]!.updatedAt).not.toBe('2026-01-01T00:00:00.000Z');
    deletePlan('a', plan.id);
    expect(getAssessment('a').plans).toEqual([]);
  });
});

describe('other stores', () => {
  it('settings, matrix config, segments, progress', () => {
    const storage = freshStorage();
    updateSettings({ currency: 'USD', keyAccountCapacity: 12 });
    expect($settings.get()).toMatchObject({ currency: 'USD', keyAccountCapacity: 12, numberFormat: 'pt-BR' });

    const config = defaultMatrixConfig();
    setMatrixConfig({ ...config, midpoint: 6 });
    expect($matrixConfig.get().midpoint).toBe(6);
    resetMatrixConfig();
    expect($matrixConfig.get()).toEqual(config);

    const seg = {
      id: 's1',
      name: 'Retail',
      revenueNow: 1,
      revenueIn3Years: 2,
      attractivenessNow: 5,
      strengthNow: 5,
      attractivenessIn3Years: 6,
      strengthIn3Years: 6,
    };
    setSegments([seg]);
    saveSegment({ ...seg, name: 'Retail (BR)' });
    saveSegment({ ...seg, id: 's2' });
    expect($segments.get().map((s) => s.name)).toEqual(['Retail (BR)', 'Retail']);
    removeSegment('s2');
    expect($segments.get()).toHaveLength(1);

    markLessonRead('01-intro', '2026-01-01');
    markLessonRead('01-intro', '2026-02-01');
    saveQuizResult('01-intro', { score: 3, total: 4, answers: { q1: 'a' } });
    setLearnerName('Rita');
    expect($progress.get()).toMatchObject({
      lessonsRead: { '01-intro': '2026-01-01' },
      lastLesson: '01-intro',
      learnerName: 'Rita',
      quizzes: { '01-intro': { score: 3, total: 4 } },
    });
    expect(stored(storage, 'progress').learnerName).toBe('Rita');
  });
});
