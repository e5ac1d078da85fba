/**
 * Sample data for the matrix tools, so a trainer can demo them in one click.
 *
 * `ensureSamplePortfolio` loads the sample company (Distribuidora Horizonte) when the portfolio is
 * empty and, when no client is a key account yet, marks the key accounts every sample loader uses
 * (lesson 4's six: sampleAccounts.ts). `loadClassificationSample` then gives the
 * scores of lesson 9's worked example, from the case sheet: the accounts scored there reproduce its
 * table exactly with the lesson's weights (Hotel Rota Campinas, not one of the six, only when the
 * user made it a key account); other key accounts get plausible, fixed scores.
 */
import type { Locale } from '../i18n/locales';
import { $assessments, $matrixConfig, $portfolio, getAssessment, setMatrixConfig, setMatrixScores } from '../state/index.ts';
import type { MatrixConfig } from '../state/index.ts';
import { ensureSampleAccounts } from './sampleAccounts';
import { SHEET_ACCOUNTS, SHEET_MATRIX } from './caseSheetFigures';
import { nameKey, seeded } from './matrixSampleKeys';

export type SampleResult = { ok: true; count: number } | { ok: false; code: string };

export async function ensureSamplePortfolio(locale: Locale): Promise<{ ok: true } | { ok: false; code: string }> {
  // The same key accounts as every other sample loader (lesson 4's six in the sample company).
  const ready = await ensureSampleAccounts(locale);
  return ready.ok ? { ok: true } : ready;
}

/** Lesson 9's criteria; their weights are the case sheet's (attractiveness 30/25/25/20, strength 30/25/20/25). */
function sampleMatrixConfig(): MatrixConfig {
  const ids = {
    attractiveness: ['purchase-volume', 'growth-potential', 'profitability', 'prestige'],
    strength: ['reliability', 'product-range', 'price', 'support'],
  };
  const axis = (name: keyof typeof ids) => ids[name].map((id, i) => ({ id, name: '', weight: SHEET_MATRIX.weights[name][i]! }));
  return { attractiveness: axis('attractiveness'), strength: axis('strength'), midpoint: 5 };
}

/**
 * Key accounts the lesson does not score get plausible, fixed scores (in the order of
 * `sampleMatrixConfig`: 4 attractiveness, then 4 strength) when the user makes them key accounts.
 */
const OTHER_SCORES: Record<string, readonly number[]> = {
  'hospital santa clara': [8, 7, 8, 9, 8, 8, 5, 8],
  'hotel parque das aguas': [6, 6, 6, 7, 7, 6, 6, 7],
  'colegio vale verde': [6, 7, 6, 6, 5, 4, 6, 4],
  'supermercado familia rossi': [5, 4, 4, 3, 7, 6, 5, 6],
  'instituto educacional aurora': [5, 8, 6, 5, 4, 5, 5, 4],
  'churrascaria gaucha do parque': [4, 3, 5, 4, 5, 5, 6, 4],
};

/**
 * Scores by client name (nameKey): lesson 9's worked example from the case sheet (e.g. Hospital
 * Infantil Bem-Estar (7×30 + 7×25 + 8×25 + 8×20)/100 = 7.45), then the others above.
 */
export const LESSON_SCORES: Record<string, readonly number[]> = {
  ...OTHER_SCORES,
  ...Object.fromEntries(
    Object.entries(SHEET_MATRIX.scores).map(([id, scores]) => [nameKey(SHEET_ACCOUNTS.find((a) => a.id === id)?.name ?? id), scores]),
  ),
};

function sampleScoresFor(name: string, key: string, config: MatrixConfig): Record<string, number> {
  const criteria = [...config.attractiveness, ...config.strength];
  // Own keys only: a client called "constructor" is not the lesson's data.
  const lesson = Object.hasOwn(LESSON_SCORES, nameKey(name)) ? LESSON_SCORES[nameKey(name)] : undefined;
  const sample = sampleMatrixConfig();
  const sampleIds = [...sample.attractiveness, ...sample.strength].map((c) => c.id);
  const scores: Record<string, number> = {};
  criteria.forEach((c, i) => {
    const at = sampleIds.indexOf(c.id);
    scores[c.id] = lesson && at >= 0 ? lesson[at]! : seeded(key, i + 1, 3, 9);
  });
  return scores;
}

/**
 * Loads the sample portfolio if needed and scores every key account that has no score yet. The
 * criteria become lesson 9's when nobody has scored anything (so the earlier sample work is never
 * replaced). `current`: the criteria in use, read when the loader runs (in the demo workspace).
 */
export async function loadClassificationSample(locale: Locale, current: MatrixConfig = $matrixConfig.get()): Promise<SampleResult> {
  const ready = await ensureSamplePortfolio(locale);
  if (!ready.ok) return ready;
  const all = $assessments.get();
  const anyScores = Object.keys(all).some((k) => Object.keys(all[k]!.matrixScores).length > 0);
  let config = current;
  if (!anyScores) {
    config = sampleMatrixConfig();
    setMatrixConfig(config);
  }
  let count = 0;
  for (const client of $portfolio.get().clients.filter((c) => c.keyAccount)) {
    const existing = getAssessment(client.key).matrixScores;
    const ids = [...config.attractiveness, ...config.strength].map((c) => c.id);
    if (ids.every((id) => Object.hasOwn(existing, id))) continue;
    setMatrixScores(client.key, { ...sampleScoresFor(client.name, client.key, config), ...existing });
    count++;
  }
  return { ok: true, count };
}
