/** `$matrixConfig`: criteria and weights of the customer classification matrix, and its midpoint. */
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { safeGet } from './storage.ts';
import { activeWorkspace, workspacePrefix } from './workspace.ts';
import { defaultMatrixConfig, firstReleaseMatrixConfig, matrixConfigSchema } from './schemas/matrixConfig.ts';
import type { MatrixConfig } from './schemas/matrixConfig.ts';

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
  return scoredAgainstFirstReleaseDefaults(storedScoreIds()) ? firstReleaseMatrixConfig() : defaultMatrixConfig();
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The criterion ids the stored assessments (this tab's workspace) hold scores for, read from storage
 * as it is, not through the assessments store: a page that shows the criteria without any scores
 * (the classification matrix before it has clients) then does not load that store and its schemas.
 * Every schema version keeps the scores at `data[account].matrixScores` (migrations.ts: no migration
 * changes the assessments). Unreadable storage or JSON: no ids, so today's defaults.
 */
function storedScoreIds(): string[] {
  const read = safeGet(`${workspacePrefix(activeWorkspace())}assessments`);
  if (!read.ok || read.value === null) return [];
  try {
    const stored: unknown = JSON.parse(read.value);
    const data = isRecord(stored) ? stored['data'] : null;
    if (!isRecord(data)) return [];
    return Object.values(data).flatMap((a) => (isRecord(a) && isRecord(a['matrixScores']) ? Object.keys(a['matrixScores']) : []));
  } catch {
    return [];
  }
}

export const $matrixConfig = persistedAtom({ name: 'matrixConfig', schema: matrixConfigSchema, makeDefault: unsavedMatrixConfig });

/**
 * True when accounts were scored against the first release's default criteria (only their ids, none
 * of today's defaults), given the criterion ids of every stored score. Such scores were given while
 * no configuration was stored.
 */
export function scoredAgainstFirstReleaseDefaults(ids: readonly string[]): boolean {
  const config = firstReleaseMatrixConfig();
  const old = new Set([...config.attractiveness, ...config.strength].map((c) => c.id));
  const current = defaultMatrixConfig();
  const now = new Set([...current.attractiveness, ...current.strength].map((c) => c.id));
  return ids.some((id) => old.has(id) && !now.has(id)) && !ids.some((id) => now.has(id) && !old.has(id));
}

/** Replaces the configuration (weights need not sum to 100 while the user edits; the domain checks). */
export function setMatrixConfig(config: MatrixConfig): WriteResult {
  return $matrixConfig.write(config);
}

export function resetMatrixConfig(): WriteResult {
  return $matrixConfig.write(defaultMatrixConfig());
}
