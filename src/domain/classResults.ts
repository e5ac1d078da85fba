/**
 * Class results of a workshop: the aggregate of many participants' "my workshop results" files.
 * Pure: the files arrive already validated (src/state/workshopResults.ts) and the UI turns these
 * figures into charts and tables. Nothing here knows about languages or the DOM.
 * Who counts as one participant, and which of two files wins: classSubmissions.ts.
 */
import { STAGE_IDS } from './stages.ts';
import type { LadderStage, StageId } from './stages.ts';
import { UNCOUPLING_CAUSES, causeOfIndicator } from './uncoupling.ts';
import type { UncouplingCauseId } from './uncoupling.ts';
import type { QuadrantId } from './quadrants.ts';

/** What the aggregation reads from one results file (the state layer's schema produces exactly this). */
export type ClassResultsFile = {
  exportedAt: string;
  participant: string;
  group: string;
  quizzes: Readonly<Record<string, { readonly score: number; readonly total: number }>>;
  diagnoses: readonly {
    readonly account: string;
    readonly name: string;
    readonly stage: StageId;
    readonly targetStage?: LadderStage | undefined;
  }[];
  uncoupling: readonly { readonly account: string; readonly name: string; readonly checked: readonly string[] }[];
  matrix: readonly {
    readonly account: string;
    readonly name: string;
    readonly attractiveness: number;
    readonly strength: number;
    readonly quadrant: QuadrantId;
  }[];
};

import { normaliseName } from './classSubmissions.ts';
export { mergeSubmissions, normaliseName, participantId } from './classSubmissions.ts';
export type { DuplicateReport, Submission } from './classSubmissions.ts';

export type QuizStats = {
  lesson: string;
  /** Participants with a result for this lesson. */
  count: number;
  /** Shares 0..1 of questions answered correctly. */
  average: number;
  min: number;
  max: number;
};

export type StageDistribution = {
  account: string;
  /** The name most participants used for this account (first seen on ties). */
  name: string;
  total: number;
  counts: Record<StageId, number>;
  /** The stage chosen most often; null on a tie between the top stages (the class disagrees). */
  consensus: StageId | null;
  /** Per group (groups in first-seen order): how that group's participants diagnosed the account. */
  byGroup: { group: string; total: number; counts: Record<StageId, number> }[];
};

export type CauseCount = {
  cause: UncouplingCauseId;
  external: boolean;
  /** Checklists (participant × account) where at least one indicator of this cause was ticked. */
  checklists: number;
  /** Share of all checklists (0..1). */
  share: number;
  /** Indicator ticks of this cause, all checklists together. */
  ticks: number;
};

export type IndicatorCount = { indicator: string; cause: UncouplingCauseId; count: number };

export type MatrixPoint = {
  participant: string;
  group: string;
  account: string;
  name: string;
  attractiveness: number;
  strength: number;
  quadrant: QuadrantId;
};

export type MatrixAccountSummary = {
  account: string;
  name: string;
  count: number;
  meanAttractiveness: number;
  meanStrength: number;
  quadrantCounts: Record<QuadrantId, number>;
};

export type ClassResults = {
  participants: number;
  groups: { group: string; participants: number }[];
  quizzes: QuizStats[];
  stages: StageDistribution[];
  /** Number of checklists (participant × account) in the class. */
  checklists: number;
  /** Every cause, most ticked first (ties in the domain's order). */
  causes: CauseCount[];
  /** Indicators ticked at least once, most ticked first (ties in the domain's order). */
  indicators: IndicatorCount[];
  matrix: { points: MatrixPoint[]; accounts: MatrixAccountSummary[] };
};

const QUADRANT_IDS: readonly QuadrantId[] = ['strategic', 'star', 'status', 'streamline'];

function zeroStages(): Record<StageId, number> {
  return Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
}

/** Most frequent value; the first seen wins ties (used for display names only). */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = values[0] ?? '';
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Orders keys: first those in `preferred` (in its order), then the rest in first-seen order.
 * Used so lessons follow the course and sample accounts follow the case.
 */
function ordered(seen: readonly string[], preferred: readonly string[] = []): string[] {
  const set = new Set(seen);
  const head = preferred.filter((k) => set.has(k));
  const headSet = new Set(head);
  return [...head, ...seen.filter((k) => !headSet.has(k))];
}

export type AggregateOptions = {
  /** Lesson ids in course order: quiz rows follow it (others after, first seen). */
  lessonOrder?: readonly string[];
  /** Account keys in the order to show them (others after, first seen). */
  accountOrder?: readonly string[];
};

/**
 * The class's figures from the accepted files (one per participant: run `mergeSubmissions` first).
 * An account is identified by its key, as every participant loaded the same sample company.
 */
export function aggregateClassResults(files: readonly ClassResultsFile[], options: AggregateOptions = {}): ClassResults {
  // Groups
  const groupOrder: string[] = [];
  const groupNames = new Map<string, string[]>();
  const groupSize = new Map<string, number>();
  const groupOf = (file: ClassResultsFile): string => normaliseName(file.group);
  for (const f of files) {
    const g = groupOf(f);
    if (!groupNames.has(g)) {
      groupOrder.push(g);
      groupNames.set(g, []);
    }
    groupNames.get(g)!.push(f.group.trim().replace(/\s+/g, ' '));
    groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  }
  const groupLabel = (g: string): string => mostCommon(groupNames.get(g) ?? []);
  const groups = groupOrder.map((g) => ({ group: groupLabel(g), participants: groupSize.get(g) ?? 0 }));

  // Quizzes
  const quizShares = new Map<string, number[]>();
  const lessonsSeen: string[] = [];
  for (const f of files) {
    for (const lesson of Object.keys(f.quizzes)) {
      const q = f.quizzes[lesson]!;
      if (!(q.total > 0) || !(q.score >= 0)) continue;
      const share = Math.min(1, q.score / q.total);
      if (!quizShares.has(lesson)) {
        quizShares.set(lesson, []);
        lessonsSeen.push(lesson);
      }
      quizShares.get(lesson)!.push(share);
    }
  }
  const quizzes: QuizStats[] = ordered(lessonsSeen, options.lessonOrder).map((lesson) => {
    const shares = quizShares.get(lesson)!;
    return {
      lesson,
      count: shares.length,
      average: shares.reduce((s, x) => s + x, 0) / shares.length,
      min: Math.min(...shares),
      max: Math.max(...shares),
    };
  });

  // Account names (across every section)
  const accountNames = new Map<string, string[]>();
  const noteName = (account: string, name: string): void => {
    const list = accountNames.get(account);
    const clean = name.trim() === '' ? account : name.trim();
    if (list) list.push(clean);
    else accountNames.set(account, [clean]);
  };
  for (const f of files) {
    for (const d of f.diagnoses) noteName(d.account, d.name);
    for (const u of f.uncoupling) noteName(u.account, u.name);
    for (const m of f.matrix) noteName(m.account, m.name);
  }
  const nameOf = (account: string): string => mostCommon(accountNames.get(account) ?? [account]);

  // Stages
  const stageAccounts: string[] = [];
  const stageData = new Map<
    string,
    { counts: Record<StageId, number>; total: number; byGroup: Map<string, { total: number; counts: Record<StageId, number> }> }
  >();
  for (const f of files) {
    const g = groupOf(f);
    for (const d of f.diagnoses) {
      let entry = stageData.get(d.account);
      if (!entry) {
        entry = { counts: zeroStages(), total: 0, byGroup: new Map() };
        stageData.set(d.account, entry);
        stageAccounts.push(d.account);
      }
      entry.counts[d.stage] += 1;
      entry.total += 1;
      let ge = entry.byGroup.get(g);
      if (!ge) {
        ge = { total: 0, counts: zeroStages() };
        entry.byGroup.set(g, ge);
      }
      ge.counts[d.stage] += 1;
      ge.total += 1;
    }
  }
  const stages: StageDistribution[] = ordered(stageAccounts, options.accountOrder).map((account) => {
    const e = stageData.get(account)!;
    const top = Math.max(...STAGE_IDS.map((s) => e.counts[s]));
    const leaders = STAGE_IDS.filter((s) => e.counts[s] === top);
    return {
      account,
      name: nameOf(account),
      total: e.total,
      counts: e.counts,
      consensus: leaders.length === 1 ? leaders[0]! : null,
      byGroup: groupOrder.filter((g) => e.byGroup.has(g)).map((g) => ({ group: groupLabel(g), ...e.byGroup.get(g)! })),
    };
  });

  // Uncoupling causes
  let checklists = 0;
  const causeChecklists = new Map<UncouplingCauseId, number>();
  const causeTicks = new Map<UncouplingCauseId, number>();
  const indicatorCounts = new Map<string, number>();
  for (const f of files) {
    for (const u of f.uncoupling) {
      checklists += 1;
      const causesHere = new Set<UncouplingCauseId>();
      for (const id of new Set(u.checked)) {
        const cause = causeOfIndicator(id);
        if (cause === null) continue; // unknown ids are ignored, as assessUncoupling does
        causesHere.add(cause);
        causeTicks.set(cause, (causeTicks.get(cause) ?? 0) + 1);
        indicatorCounts.set(id, (indicatorCounts.get(id) ?? 0) + 1);
      }
      for (const c of causesHere) causeChecklists.set(c, (causeChecklists.get(c) ?? 0) + 1);
    }
  }
  const causeOrder = UNCOUPLING_CAUSES.map((c) => c.id as UncouplingCauseId);
  const causes: CauseCount[] = UNCOUPLING_CAUSES.map((c) => {
    const n = causeChecklists.get(c.id) ?? 0;
    return {
      cause: c.id,
      external: c.external,
      checklists: n,
      share: checklists === 0 ? 0 : n / checklists,
      ticks: causeTicks.get(c.id) ?? 0,
    };
  }).sort((a, b) => b.checklists - a.checklists || b.ticks - a.ticks || causeOrder.indexOf(a.cause) - causeOrder.indexOf(b.cause));
  const indicatorOrder = UNCOUPLING_CAUSES.flatMap((c) => c.indicators.map((i) => i.id as string));
  const indicators: IndicatorCount[] = indicatorOrder
    .filter((id) => (indicatorCounts.get(id) ?? 0) > 0)
    .map((id) => ({ indicator: id, cause: causeOfIndicator(id)!, count: indicatorCounts.get(id)! }))
    .sort((a, b) => b.count - a.count || indicatorOrder.indexOf(a.indicator) - indicatorOrder.indexOf(b.indicator));

  // Matrix
  const points: MatrixPoint[] = [];
  const matrixAccounts: string[] = [];
  for (const f of files) {
    for (const m of f.matrix) {
      if (!matrixAccounts.includes(m.account)) matrixAccounts.push(m.account);
      points.push({
        participant: f.participant,
        group: f.group,
        account: m.account,
        name: nameOf(m.account),
        attractiveness: m.attractiveness,
        strength: m.strength,
        quadrant: m.quadrant,
      });
    }
  }
  const accounts: MatrixAccountSummary[] = ordered(matrixAccounts, options.accountOrder).map((account) => {
    const mine = points.filter((p) => p.account === account);
    const quadrantCounts = Object.fromEntries(QUADRANT_IDS.map((q) => [q, mine.filter((p) => p.quadrant === q).length])) as Record<
      QuadrantId,
      number
    >;
    return {
      account,
      name: nameOf(account),
      count: mine.length,
      meanAttractiveness: mine.reduce((s, p) => s + p.attractiveness, 0) / mine.length,
      meanStrength: mine.reduce((s, p) => s + p.strength, 0) / mine.length,
      quadrantCounts,
    };
  });

  return { participants: files.length, groups, quizzes, stages, checklists, causes, indicators, matrix: { points, accounts } };
}
