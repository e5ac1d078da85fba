/**
 * "My workshop results": the one file a participant hands to the trainer at the end of a workshop,
 * and the checks the trainer's class-results page runs on every file it is given.
 *
 * File format (version 1):
 *   { app: 'kam-academy', kind: 'workshop-results', version: 1, exportedAt: ISO timestamp,
 *     participant, group, locale: 'en' | 'pt-br',
 *     quizzes:    { <lesson id>: { score, total } },
 *     diagnoses:  [ { account, name, stage, targetStage? } ]            latest diagnosis per account
 *     uncoupling: [ { account, name, checked: [indicator ids], score, level } ]
 *     matrix:     [ { account, name, attractiveness, strength, quadrant } ] }
 * Only accounts of the participant's current portfolio are included (the sample company, in a
 * workshop), so leftovers of earlier work on other clients do not pollute the class's figures.
 *
 * Reading a file: size check → JSON → hostile-key check (safety.ts) → "is it ours" (app/kind;
 * a full backup is recognised and named) → version (newer is refused) → schema. Every
 * rejection has a code the UI translates; nothing ever throws.
 */
import * as v from 'valibot';
import { LADDER_STAGES, STAGE_IDS, assessUncoupling, check, classifyAccounts, fileSlug, latestDiagnosis } from '../domain/index.ts';
import type { StageId } from '../domain/index.ts';
import { findUnsafeJson, isPlainObject, parseJson } from './safety.ts';
import type { Assessments, MatrixConfig, Portfolio, Progress } from './schemas.ts';
import { $assessments } from './assessments.ts';
import { $matrixConfig } from './matrixConfig.ts';
import { $portfolio } from './portfolio.ts';
import { $progress } from './progress.ts';

const RESULTS_APP = 'kam-academy';
const RESULTS_KIND = 'workshop-results';
const RESULTS_VERSION = 1;
/** A real file is a few KB; anything this large is not one of ours. */
export const RESULTS_MAX_CHARS = 1024 * 1024;
const MAX_ENTRIES = 500;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const accountKey = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const lessonKey = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(200),
  v.check((k) => k !== '__proto__', 'reserved key'),
);
const timestamp = v.pipe(
  v.string(),
  v.minLength(10),
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date'),
);
const score10 = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10));

function uniqueAccounts<T extends { account: string }>(items: readonly T[]): boolean {
  return new Set(items.map((i) => i.account)).size === items.length;
}

const workshopResultsSchema = v.object({
  app: v.literal(RESULTS_APP),
  kind: v.literal(RESULTS_KIND),
  version: v.literal(RESULTS_VERSION),
  exportedAt: timestamp,
  participant: v.pipe(
    text(120),
    v.check((s) => s.trim() !== '', 'participant name is empty'),
  ),
  group: text(120),
  locale: v.picklist(['en', 'pt-br']),
  quizzes: v.record(
    lessonKey,
    v.pipe(
      v.object({
        score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
        total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
      }),
      v.check((q) => q.score <= q.total, 'score above total'),
    ),
  ),
  diagnoses: v.pipe(
    v.array(
      v.object({ account: accountKey, name: text(500), stage: v.picklist(STAGE_IDS), targetStage: v.optional(v.picklist(LADDER_STAGES)) }),
    ),
    v.maxLength(MAX_ENTRIES),
    v.check(uniqueAccounts, 'an account appears twice'),
  ),
  uncoupling: v.pipe(
    v.array(
      v.object({
        account: accountKey,
        name: text(500),
        checked: v.pipe(v.array(text(200)), v.maxLength(200)),
        score: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)),
        level: v.picklist(['low', 'medium', 'high']),
      }),
    ),
    v.maxLength(MAX_ENTRIES),
    v.check(uniqueAccounts, 'an account appears twice'),
  ),
  matrix: v.pipe(
    v.array(
      v.object({
        account: accountKey,
        name: text(500),
        attractiveness: score10,
        strength: score10,
        quadrant: v.picklist(['strategic', 'star', 'status', 'streamline']),
      }),
    ),
    v.maxLength(MAX_ENTRIES),
    v.check(uniqueAccounts, 'an account appears twice'),
  ),
});
export type WorkshopResults = v.InferOutput<typeof workshopResultsSchema>;

export type ResultsErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'hostile'
  /** A full backup of the site (my data), not a results file. */
  | 'backup-file'
  /** JSON, but not a KAM Academy results file. */
  | 'not-results'
  | 'newer-version'
  | 'invalid';

export type ParsedResults =
  | { ok: true; results: WorkshopResults }
  | { ok: false; code: ResultsErrorCode; /** For 'invalid': where the first problem is, e.g. "diagnoses.0.stage". */ path?: string };

/** Validates the text of one file. Never throws. */
export function parseWorkshopResults(raw: string): ParsedResults {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, code: 'empty' };
  if (raw.length > RESULTS_MAX_CHARS) return { ok: false, code: 'too-large' };
  const parsed = parseJson(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  if (!parsed.ok) return { ok: false, code: 'not-json' };
  if (findUnsafeJson(parsed.value) !== null) return { ok: false, code: 'hostile' };
  const value = parsed.value;
  if (!isPlainObject(value) || value['app'] !== RESULTS_APP) return { ok: false, code: 'not-results' };
  if (value['kind'] !== RESULTS_KIND) {
    return { ok: false, code: Object.hasOwn(value, 'schemaVersion') && Object.hasOwn(value, 'data') ? 'backup-file' : 'not-results' };
  }
  if (typeof value['version'] === 'number' && value['version'] > RESULTS_VERSION) return { ok: false, code: 'newer-version' };
  try {
    const result = check(workshopResultsSchema, value);
    if (!result.success) return { ok: false, code: 'invalid', path: result.issues[0]?.path ?? '' };
    return { ok: true, results: result.data };
  } catch {
    return { ok: false, code: 'invalid', path: '' };
  }
}

export type BuildInput = {
  participant: string;
  group: string;
  locale: 'en' | 'pt-br';
  progress: Progress;
  portfolio: Portfolio;
  assessments: Assessments;
  matrixConfig: MatrixConfig;
  now?: Date;
};

export type BuildOutcome = {
  results: WorkshopResults;
  /** True when the matrix criteria's weights do not add up to 100, so no placement could be computed. */
  matrixConfigInvalid: boolean;
  /** Accounts with some matrix scores but not all of them (left out of `matrix`). */
  matrixIncomplete: number;
};

/** Builds the results file from the stores' values (pure: pass the values; `now` for tests). */
export function buildWorkshopResults(input: BuildInput): BuildOutcome {
  const { portfolio, assessments, matrixConfig, progress } = input;
  const quizzes: WorkshopResults['quizzes'] = {};
  for (const lesson of Object.keys(progress.quizzes).sort()) {
    const q = progress.quizzes[lesson]!;
    if (q.total > 0 && q.score <= q.total && lesson !== '__proto__') quizzes[lesson] = { score: q.score, total: q.total };
  }

  const diagnoses: WorkshopResults['diagnoses'] = [];
  const uncoupling: WorkshopResults['uncoupling'] = [];
  const matrix: WorkshopResults['matrix'] = [];
  let matrixConfigInvalid = false;
  let matrixIncomplete = 0;
  const criteria = [...matrixConfig.attractiveness, ...matrixConfig.strength];

  for (const client of portfolio.clients) {
    const a = Object.hasOwn(assessments, client.key) ? assessments[client.key] : undefined;
    if (!a) continue;
    const name = client.name;
    const latest = latestDiagnosis(a.diagnoses);
    if (latest) {
      diagnoses.push({
        account: client.key,
        name,
        stage: latest.stage as StageId,
        ...(latest.targetStage === undefined ? {} : { targetStage: latest.targetStage }),
      });
    }
    if (a.uncoupling) {
      const assessed = assessUncoupling(a.uncoupling.checked);
      uncoupling.push({
        account: client.key,
        name,
        checked: [...a.uncoupling.checked],
        score: round2(assessed.score),
        level: assessed.level,
      });
    }
    const scored = criteria.filter((c) => Object.hasOwn(a.matrixScores, c.id)).length;
    if (scored === 0) continue;
    if (scored < criteria.length) {
      matrixIncomplete += 1;
      continue;
    }
    const classified = classifyAccounts({
      attractiveness: matrixConfig.attractiveness,
      strength: matrixConfig.strength,
      midpoint: matrixConfig.midpoint,
      accounts: [{ key: client.key, scores: a.matrixScores }],
    });
    if (!classified.ok) {
      if (
        classified.error.code === 'weights-not-100' ||
        classified.error.code === 'no-criteria' ||
        classified.error.code === 'invalid-midpoint'
      )
        matrixConfigInvalid = true;
      else matrixIncomplete += 1;
      continue;
    }
    const placed = classified.accounts[0]!;
    matrix.push({
      account: client.key,
      name,
      attractiveness: round2(placed.attractiveness),
      strength: round2(placed.strength),
      quadrant: placed.quadrant,
    });
  }

  const results: WorkshopResults = {
    app: RESULTS_APP,
    kind: RESULTS_KIND,
    version: RESULTS_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    participant: input.participant.trim().slice(0, 120),
    group: input.group.trim().slice(0, 120),
    locale: input.locale,
    quizzes,
    diagnoses,
    uncoupling,
    matrix,
  };
  return { results, matrixConfigInvalid, matrixIncomplete };
}

/** The same, from the current stores. */
export function buildWorkshopResultsFromStores(participant: string, group: string, locale: 'en' | 'pt-br', now?: Date): BuildOutcome {
  return buildWorkshopResults({
    participant,
    group,
    locale,
    progress: $progress.get(),
    portfolio: $portfolio.get(),
    assessments: $assessments.get(),
    matrixConfig: $matrixConfig.get(),
    ...(now === undefined ? {} : { now }),
  });
}

/** The file name offered for download: `workshop-results-<participant>-<yyyy-mm-dd>.json`, safe characters only. */
export function workshopResultsFileName(results: Pick<WorkshopResults, 'participant' | 'exportedAt'>): string {
  return `workshop-results-${fileSlug(results.participant, 'participant')}-${results.exportedAt.slice(0, 10)}.json`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
