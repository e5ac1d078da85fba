/** The classification matrix's criteria, weights and midpoint. */
import * as v from 'valibot';
import { DEFAULT_ATTRACTIVENESS_CRITERIA, DEFAULT_STRENGTH_CRITERIA } from '../../domain/index.ts';
import { score10 } from './common.ts';

const criterionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** '' for a built-in criterion: the widget shows its translated name by `id`. */
  name: v.pipe(v.string(), v.maxLength(200)),
  /** Percent; each axis should sum to 100 (the domain checks it before classifying). */
  weight: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)),
});
export type Criterion = v.InferOutput<typeof criterionSchema>;

export const matrixConfigSchema = v.object({
  attractiveness: v.pipe(v.array(criterionSchema), v.maxLength(50)),
  strength: v.pipe(v.array(criterionSchema), v.maxLength(50)),
  /** "High" on an axis means a weighted score ≥ midpoint (0..10). */
  midpoint: score10,
});
export type MatrixConfig = v.InferOutput<typeof matrixConfigSchema>;

/**
 * The domain's default criteria (src/domain/classification.ts: McDonald & Rogers; kam-domain-notes
 * §3), the same ones "restore the defaults" and lesson 9 use, so a first visit, a reset and the
 * lesson show one list. Names are '' so the widget translates them by id (with their hints).
 */
export function defaultMatrixConfig(): MatrixConfig {
  return {
    attractiveness: DEFAULT_ATTRACTIVENESS_CRITERIA.map((c) => ({ id: c.id, name: '', weight: c.weight })),
    strength: DEFAULT_STRENGTH_CRITERIA.map((c) => ({ id: c.id, name: '', weight: c.weight })),
    midpoint: 5,
  };
}

/**
 * The first release's defaults (ids volume, growth…). A configuration nobody saved is not stored,
 * so scores given against these criteria are keyed by their ids with nothing in storage saying so:
 * `src/state/matrixConfig.ts` keeps these criteria for such a user instead of the current defaults.
 */
export function firstReleaseMatrixConfig(): MatrixConfig {
  return {
    attractiveness: [
      { id: 'volume', name: '', weight: 30 },
      { id: 'growth', name: '', weight: 20 },
      { id: 'profitability', name: '', weight: 25 },
      { id: 'strategic-fit', name: '', weight: 15 },
      { id: 'accessibility', name: '', weight: 10 },
    ],
    strength: [
      { id: 'product-quality', name: '', weight: 25 },
      { id: 'service', name: '', weight: 25 },
      { id: 'price', name: '', weight: 20 },
      { id: 'relationship', name: '', weight: 20 },
      { id: 'reputation', name: '', weight: 10 },
    ],
    midpoint: 5,
  };
}
