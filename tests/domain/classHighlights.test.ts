import { describe, expect, it } from 'vitest';
import { mostAgreedStage, quizExtremes } from '../../src/domain/classHighlights.ts';
import type { QuizStats, StageDistribution } from '../../src/domain/classResults.ts';

const quiz = (lesson: string, average: number): QuizStats => ({ lesson, count: 3, average, min: average, max: average });
const counts = (over: Partial<StageDistribution['counts']>): StageDistribution['counts'] => ({
  pre: 0,
  early: 0,
  mid: 0,
  partnership: 0,
  synergistic: 0,
  uncoupling: 0,
  ...over,
});
const stage = (account: string, c: Partial<StageDistribution['counts']>, consensus: StageDistribution['consensus']): StageDistribution => {
  const all = counts(c);
  return {
    account,
    name: account.toUpperCase(),
    total: Object.values(all).reduce((a, b) => a + b, 0),
    counts: all,
    consensus,
    byGroup: [],
  };
};

describe('quizExtremes', () => {
  it('finds the best and worst average, the first one on ties', () => {
    expect(quizExtremes([])).toBeNull();
    const r = quizExtremes([quiz('a', 0.5), quiz('b', 0.9), quiz('c', 0.2), quiz('d', 0.9), quiz('e', 0.2)]);
    expect(r?.best.lesson).toBe('b');
    expect(r?.worst.lesson).toBe('c');
  });
});

describe('mostAgreedStage', () => {
  it('picks the account whose consensus the largest share chose, skipping accounts without one', () => {
    expect(mostAgreedStage([])).toBeNull();
    const r = mostAgreedStage([
      stage('x', { early: 2, mid: 2 }, null),
      stage('y', { mid: 3, partnership: 1 }, 'mid'),
      stage('z', { partnership: 4 }, 'partnership'),
      stage('w', { pre: 2 }, 'pre'),
    ]);
    expect(r).toEqual({ account: expect.objectContaining({ account: 'z' }), stage: 'partnership', share: 1 });
  });
});
