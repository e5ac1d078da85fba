// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

/** One key account scored against the first release's default criteria, stored with no configuration. */
const FIRST_RELEASE_SCORES = JSON.stringify({
  schemaVersion: 4,
  savedAt: '2025-06-01T00:00:00.000Z',
  rev: 3,
  data: { C1: { diagnoses: [], uncoupling: null, matrixScores: { volume: 7, growth: 5, service: 6 }, fitCost: null, plans: [] } },
});

describe('loading the state layer', () => {
  it('writes nothing to storage, even for someone whose first-release criteria are kept', async () => {
    localStorage.clear();
    localStorage.setItem('kam:assessments', FIRST_RELEASE_SCORES);
    const before = JSON.stringify({ ...localStorage });
    vi.resetModules();
    const state = await import('../../src/state/index.ts');
    expect(state.$matrixConfig.get()).toEqual(state.firstReleaseMatrixConfig());
    expect(JSON.stringify({ ...localStorage })).toBe(before);
  });
});
