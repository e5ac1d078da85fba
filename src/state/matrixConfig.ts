/** `$matrixConfig`: criteria and weights of the customer classification matrix, and its midpoint. */
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultMatrixConfig, matrixConfigSchema } from './schemas/matrixConfig.ts';
import type { MatrixConfig } from './schemas/matrixConfig.ts';

export const $matrixConfig = persistedAtom({ name: 'matrixConfig', schema: matrixConfigSchema, makeDefault: defaultMatrixConfig });

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
