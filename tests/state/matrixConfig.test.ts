// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  $matrixConfig,
  defaultMatrixConfig,
  firstReleaseMatrixConfig,
  scoredAgainstFirstReleaseDefaults,
  setMatrixConfig,
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

  it('shows the first release’s criteria to someone who scored against them without saving a configuration, and writes nothing', () => {
    const storage = freshStorage({ 'kam:assessments': envelope({ C1: assessment({ volume: 7, growth: 5, price: 6 }) }) });
    expect($matrixConfig.get()).toEqual(firstReleaseMatrixConfig());
    expect(storage.getItem('kam:matrixConfig')).toBeNull();
    // Their first change stores the configuration they saw, changed.
    const weights = { ...firstReleaseMatrixConfig(), midpoint: 6 };
    expect(setMatrixConfig(weights).ok).toBe(true);
    expect(JSON.parse(storage.getItem('kam:matrixConfig')!).data).toEqual(weights);
  });

  it('changes nothing when a configuration is stored, when scores use today’s criteria, or when there are none', () => {
    const own = { ...firstReleaseMatrixConfig(), midpoint: 6 };
    freshStorage({
      'kam:assessments': envelope({ C1: assessment({ volume: 7 }) }),
      'kam:matrixConfig': envelope(own),
    });
    expect($matrixConfig.get()).toEqual(own);

    // A stored configuration of today's criteria stays, even next to first-release scores.
    freshStorage({ 'kam:assessments': envelope({ C1: assessment({ volume: 7 }) }), 'kam:matrixConfig': envelope(defaultMatrixConfig()) });
    expect($matrixConfig.get()).toEqual(defaultMatrixConfig());

    freshStorage({ 'kam:assessments': envelope({ C1: assessment({ 'purchase-volume': 7, price: 6 }) }) });
    expect($matrixConfig.get()).toEqual(defaultMatrixConfig());

    freshStorage();
    expect($matrixConfig.get()).toEqual(defaultMatrixConfig());

    expect(scoredAgainstFirstReleaseDefaults([])).toBe(false);
    // Shared ids (price, profitability, reputation) alone say nothing about which defaults were used.
    expect(scoredAgainstFirstReleaseDefaults(['price', 'profitability'])).toBe(false);
  });
  it('reads the scores as stored, in any schema version and in the active workspace only', async () => {
    // A value from the first release (schema version 1): read as it is, no migration needed.
    freshStorage({ 'kam:assessments': envelope({ C1: assessment({ volume: 7, growth: 5 }) }, 1) });
    expect($matrixConfig.get()).toEqual(firstReleaseMatrixConfig());

    // First-release scores in the real workspace do not change the sample company's criteria.
    const { setActiveWorkspace } = await import('../../src/state/workspace.ts');
    freshStorage({
      'kam:assessments': envelope({ C1: assessment({ volume: 7 }) }),
      'kam:demo:assessments': envelope({ D1: assessment({ 'purchase-volume': 8 }) }),
    });
    setActiveWorkspace('demo');
    try {
      $matrixConfig.reload();
      expect($matrixConfig.get()).toEqual(defaultMatrixConfig());
    } finally {
      setActiveWorkspace('real');
      $matrixConfig.reload();
    }
    expect($matrixConfig.get()).toEqual(firstReleaseMatrixConfig());

    // Storage that is not JSON, or not an envelope, says nothing: today's defaults.
    freshStorage({ 'kam:assessments': '{not json' });
    expect($matrixConfig.get()).toEqual(defaultMatrixConfig());
    freshStorage({ 'kam:assessments': JSON.stringify({ data: [1, 2] }) });
    expect($matrixConfig.get()).toEqual(defaultMatrixConfig());
  });
});
