// @vitest-environment happy-dom
/**
 * Every "load sample" path that needs key accounts marks the same six of lesson 4 in the sample
 * company (SAMPLE_COMPANY_KEY_ACCOUNTS), never the Pareto class A.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio } from '../../src/state/index.ts';
import { SAMPLE_COMPANY_KEY_ACCOUNTS } from '../../src/samples/sampleAccounts.ts';
import { loadClassificationSample, loadDpmSample, loadFitCostSample } from '../../src/samples/matrixLoaders.ts';
import { LATER as DPM_LATER } from '../../src/widgets/dpm/laterStrings.ts';
import { loadSampleAccounts } from '../../src/samples/loaders.ts';

const bytes = readFileSync(resolve(process.cwd(), 'public/samples/distributor-en.csv'));
const keyNames = () =>
  $portfolio
    .get()
    .clients.filter((c) => c.keyAccount)
    .map((c) => c.name)
    .sort();
const SIX = [...SAMPLE_COMPANY_KEY_ACCOUNTS].sort();

describe('sample loaders all use lesson 4’s six key accounts', () => {
  beforeEach(() => {
    freshStorage();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new Uint8Array(bytes))),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  const loaders: [string, () => Promise<{ ok: boolean }>][] = [
    ['classification matrix', () => loadClassificationSample('en')],
    ['fit/cost', () => loadFitCostSample('en')],
    ['directional policy matrix', () => loadDpmSample('en', DPM_LATER.en)],
    ['per-account tools and dashboard', () => loadSampleAccounts('en', 'plan')],
  ];
  for (const [name, load] of loaders) {
    it(name, async () => {
      expect((await load()).ok).toBe(true);
      expect(keyNames()).toEqual(SIX);
      expect($portfolio.get().clients.some((c) => c.candidate === true)).toBe(false);
    });
  }
});
