/** `$matrixConfig`: criteria and weights of the customer classification matrix, and its midpoint. */
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { $assessments } from './assessments.ts';
import { defaultMatrixConfig, firstReleaseMatrixConfig, matrixConfigSchema } from './schemas/matrixConfig.ts';
import type { MatrixConfig } from './schemas/matrixConfig.ts';
import type { Assessments } from './schemas/assessments.ts';

/**
 * The configuration of someone who never saved one (nothing stored): today's
 * default criteria, unless their scores were given against the first release's defaults; then those
 * criteria, so every score still belongs to its criterion. Derived when the store reads storage,
 * never written: like any configuration, it is stored on the user's first change.
 *
 * Why not a numbered migration: a migration rewrites a stored value, and these users have no stored
 * configuration to rewrite. The only stored value involved is the scores, and rewriting their ids to
 * today's criteria would change what the user sees (a score given for "volume" is not a score for
 * "purchase volume").
 */
function unsavedMatrixConfig(): MatrixConfig {
  return scoredAgainstFirstReleaseDefaults($assessments.get()) ? firstReleaseMatrixConfig() : defaultMatrixConfig();
}

export const $matrixConfig = persistedAtom({ name: 'matrixConfig', schema: matrixConfigSchema, makeDefault: unsavedMatrixConfig });

/**
 * True when accounts were scored against the first release's default criteria (only their ids, none
 * of today's defaults). Such scores were given while no configuration was stored.
 */
export function scoredAgainstFirstReleaseDefaults(assessments: Assessments): boolean {
  const config = firstReleaseMatrixConfig();
  const old = new Set([...config.attractiveness, ...config.strength].map((c) => c.id));
  const current = defaultMatrixConfig();
  const now = new Set([...current.attractiveness, ...current.strength].map((c) => c.id));
  const ids = Object.values(assessments).flatMap((a) => Object.keys(a.matrixScores));
  return ids.some((id) => old.has(id) && !now.has(id)) && !ids.some((id) => now.has(id) && !old.has(id));
}

/** Replaces the configuration (weights need not sum to 100 while the user edits; the domain checks). */
export function setMatrixConfig(config: MatrixConfig): WriteResult {
  return $matrixConfig.write(config);
}

export function resetMatrixConfig(): WriteResult {
  return $matrixConfig.write(defaultMatrixConfig());
}
