/** `$matrixConfig`: criteria and weights of the customer classification matrix, and its midpoint. */
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { $assessments } from './assessments.ts';
import { defaultMatrixConfig, firstReleaseMatrixConfig, matrixConfigSchema } from './schemas/matrixConfig.ts';
import type { MatrixConfig } from './schemas/matrixConfig.ts';
import type { Assessments } from './schemas/assessments.ts';

export const $matrixConfig = persistedAtom({ name: 'matrixConfig', schema: matrixConfigSchema, makeDefault: defaultMatrixConfig });

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

/**
 * The compatibility rule for the default criteria changed after the first release: when nothing is
 * stored for the configuration and the scores were given against the old defaults, those criteria
 * are saved as the user's configuration, so every score still belongs to a criterion. Run when the
 * module loads (and by tests); returns whether it changed anything.
 */
export function keepFirstReleaseCriteria(): boolean {
  if ($matrixConfig.$meta.get().storedVersion !== null || $matrixConfig.isReadOnly()) return false;
  if (!scoredAgainstFirstReleaseDefaults($assessments.get())) return false;
  const result = $matrixConfig.write(firstReleaseMatrixConfig());
  return result.ok || result.reason === 'not-saved';
}

keepFirstReleaseCriteria();

/** Replaces the configuration (weights need not sum to 100 while the user edits; the domain checks). */
export function setMatrixConfig(config: MatrixConfig): WriteResult {
  return $matrixConfig.write(config);
}

export function updateMatrixConfig(fn: (current: MatrixConfig) => MatrixConfig): WriteResult {
  return $matrixConfig.update(fn);
}

export function resetMatrixConfig(): WriteResult {
  return $matrixConfig.write(defaultMatrixConfig());
}
