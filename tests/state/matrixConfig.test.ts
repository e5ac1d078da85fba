// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  $matrixConfig,
  defaultMatrixConfig,
  firstReleaseMatrixConfig,
  keepFirstReleaseCriteria,
  scoredAgainstFirstReleaseDefaults,
} from '../../src/state/index.ts';
import { DEFAULT_ATTRACTIVENESS_CRITERIA, DEFAULT_STRENGTH_CRITERIA } from '../../src/domain/index.ts';
import { envelope, freshStorage } from './helpers.ts';

const assessment = (matrixScores: Record<string, number>) => ({ diagnoses: [], uncoupling: null, matrixScores, fitCost: null, plans: [] });

describe('matrix configuration defaults', () => {
  it('are the domain’s default criteria (what “restore the defaults” and lesson 9 use)', () => {
    const config = defaultMatrixConfig();
    expect(config.attractiveness.map((c) => [c.id, c.weight])).toEqual(DEFAULT_ATTRACTIVENESS_CRITERIA.map((c) => [c.id, c.weight]));
    expect(config.strength.map((c) => [c.id, c.weight])).toEqual(DEFAULT_STRENGTH_CRITERIA.map((c) => [c.id, c.weight]));
  });

  it('keeps the first release’s criteria for someone who scored against them without saving a configuration', () => {
    const storage = freshStorage({ 'kam:assessments': envelope({ C1: assessment({ volume: 7, growth: 5, price: 6 }) }) });
    expect(keepFirstReleaseCriteria()).toBe(true);
    expect($matrixConfig.get()).toEqual(firstReleaseMatrixConfig());
    expect(JSON.parse(storage.getItem('kam:matrixConfig')!).data).toEqual(firstReleaseMatrixConfig());
    // Once stored, it is the user's configuration: nothing more happens.
    expect(keepFirstReleaseCriteria()).toBe(false);
  });

  it('changes nothing when a configuration is stored, when scores use today’s criteria, or when there are none', () => {
    const own = { ...firstReleaseMatrixConfig(), midpoint: 6 };
    freshStorage({
      'kam:assessments': envelope({ C1: assessment({ volume: 7 }) }),
      'kam:matrixConfig': envelope(own),
    });
    expect(keepFirstReleaseCriteria()).toBe(false);
    expect($matrixConfig.get()).toEqual(own);

    freshStorage({ 'kam:assessments': envelope({ C1: assessment({ 'purchase-volume': 7, price: 6 }) }) });
    expect(keepFirstReleaseCriteria()).toBe(false);
    expect($matrixConfig.get()).toEqual(defaultMatrixConfig());

    expect(scoredAgainstFirstReleaseDefaults({})).toBe(false);
    // Shared ids (price, profitability, reputation) alone say nothing about which defaults were used.
    expect(scoredAgainstFirstReleaseDefaults({ C1: assessment({ price: 5, profitability: 4 }) })).toBe(false);
  });
});
