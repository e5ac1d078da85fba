/**
 * "How this tool decides": which rules each tool states, whether each is the course's own
 * heuristic or from the article/literature, and the numbers filled in from the domain's constants
 * (formatted for the page's language), so the note can never drift from what the tool computes.
 */
import {
  DEFAULT_ACCOUNTS_PER_MANAGER,
  DEFAULT_KEY_ACCOUNT_CAPACITY,
  DEFAULT_MIDPOINT,
  DEFAULT_PARETO_THRESHOLDS,
  DEPENDENCE_NOTICE_SHARE,
  DEPENDENCE_STRONG_SHARE,
  DPM_STABLE_BAND,
  FAIR_SHARE_MAX,
  FIT_COST_ZONES,
  FOCUS_MAX,
  FOCUS_MIN_IMPORTANCE,
  HIGH_RISK_SIGNAL_COUNT,
  KRALJIC_MIDPOINT,
  LADDER_STAGES,
  QUADRANTS,
  SPREAD_WARNING,
  UNCOUPLING_LEVELS,
  REVENUE_WELL_BELOW,
} from '../../domain/index.ts';
import { fill } from '../fill';
import { formatNumber, formatPercent } from '../format';
import type { Locale } from '../locales';
import { MATRIX_TEXTS } from '../domain-texts/matrices';
import { STAGE_TEXTS } from '../domain-texts/stages';
import { HOW_STRINGS } from './strings';
import type { HowKey } from './strings';

/** The tools with a note: the embeddable tools and the dashboard. */
export type HowTool =
  | 'portfolio'
  | 'pareto'
  | 'new-customers'
  | 'stage-diagnosis'
  | 'uncoupling'
  | 'account-plan'
  | 'classification-matrix'
  | 'fit-cost'
  | 'dpm'
  | 'buying-centre'
  | 'cost-to-serve'
  | 'value-proposition'
  | 'account-team'
  | 'account-review'
  | 'kraljic'
  | 'dashboard';

export type RuleOrigin = 'course' | 'literature';

const RULES: Record<HowTool, readonly { key: HowKey; origin: RuleOrigin }[]> = {
  portfolio: [
    { key: 'portfolio.database', origin: 'literature' },
    { key: 'portfolio.choose', origin: 'course' },
    { key: 'portfolio.periods', origin: 'course' },
    { key: 'portfolio.dependence', origin: 'course' },
  ],
  pareto: [
    { key: 'pareto.classes', origin: 'literature' },
    { key: 'pareto.ties', origin: 'course' },
    { key: 'pareto.candidates', origin: 'course' },
    { key: 'pareto.dependence', origin: 'course' },
  ],
  'new-customers': [
    { key: 'new-customers.share', origin: 'literature' },
    { key: 'new-customers.new', origin: 'course' },
    { key: 'new-customers.campaign', origin: 'course' },
  ],
  'stage-diagnosis': [
    { key: 'stage-diagnosis.ladder', origin: 'literature' },
    { key: 'stage-diagnosis.median', origin: 'course' },
    { key: 'stage-diagnosis.spread', origin: 'course' },
    { key: 'stage-diagnosis.signals', origin: 'course' },
  ],
  uncoupling: [
    { key: 'uncoupling.causes', origin: 'literature' },
    { key: 'uncoupling.score', origin: 'course' },
    { key: 'uncoupling.levels', origin: 'course' },
  ],
  'account-plan': [
    { key: 'account-plan.sections', origin: 'literature' },
    { key: 'account-plan.completeness', origin: 'course' },
    { key: 'account-plan.pattern', origin: 'course' },
  ],
  'classification-matrix': [
    { key: 'classification-matrix.criteria', origin: 'literature' },
    { key: 'classification-matrix.score', origin: 'literature' },
    { key: 'classification-matrix.midpoint', origin: 'course' },
  ],
  'fit-cost': [
    { key: 'fit-cost.tool', origin: 'literature' },
    { key: 'fit-cost.zones', origin: 'course' },
    { key: 'fit-cost.capacity', origin: 'literature' },
    { key: 'fit-cost.candidates', origin: 'course' },
  ],
  dpm: [
    { key: 'dpm.matrix', origin: 'literature' },
    { key: 'dpm.direction', origin: 'course' },
    { key: 'dpm.midpoint', origin: 'course' },
  ],
  'buying-centre': [
    { key: 'buying-centre.roles', origin: 'literature' },
    { key: 'buying-centre.gaps', origin: 'course' },
    { key: 'buying-centre.pattern', origin: 'course' },
  ],
  'cost-to-serve': [
    { key: 'cost-to-serve.margin', origin: 'literature' },
    { key: 'cost-to-serve.credit', origin: 'course' },
    { key: 'cost-to-serve.whale', origin: 'literature' },
  ],
  'value-proposition': [
    { key: 'value-proposition.focus', origin: 'literature' },
    { key: 'value-proposition.worksheet', origin: 'literature' },
    { key: 'value-proposition.split', origin: 'course' },
  ],
  'account-team': [
    { key: 'account-team.raci', origin: 'literature' },
    { key: 'account-team.gaps', origin: 'course' },
    { key: 'account-team.workload', origin: 'course' },
  ],
  'account-review': [
    { key: 'account-review.snapshot', origin: 'course' },
    { key: 'account-review.trend', origin: 'course' },
    { key: 'account-review.rules', origin: 'course' },
  ],
  kraljic: [
    { key: 'kraljic.matrix', origin: 'literature' },
    { key: 'kraljic.axes', origin: 'course' },
    { key: 'kraljic.cap', origin: 'course' },
  ],
  dashboard: [
    { key: 'dashboard.sources', origin: 'course' },
    { key: 'dashboard.warnings', origin: 'course' },
    { key: 'dashboard.dependence', origin: 'course' },
  ],
};

/** The values every rule may quote, from the domain's constants and texts. */
function values(locale: Locale): Record<string, string> {
  const pct = (share: number) => formatPercent(locale, share);
  const num = (n: number, digits = 0) => formatNumber(locale, n, digits);
  const stages = STAGE_TEXTS[locale].stages;
  const matrix = MATRIX_TEXTS[locale];
  const t = HOW_STRINGS[locale];
  const list = new Intl.ListFormat(locale === 'pt-br' ? 'pt-BR' : 'en', { type: 'conjunction' });
  return {
    a: pct(DEFAULT_PARETO_THRESHOLDS.a),
    b: pct(DEFAULT_PARETO_THRESHOLDS.b),
    notice: pct(DEPENDENCE_NOTICE_SHARE),
    strong: pct(DEPENDENCE_STRONG_SHARE),
    spread: num(SPREAD_WARNING),
    signals: num(HIGH_RISK_SIGNAL_COUNT),
    mediumScore: num(UNCOUPLING_LEVELS.medium.score),
    mediumCause: num(UNCOUPLING_LEVELS.medium.cause),
    highScore: num(UNCOUPLING_LEVELS.high.score),
    highCause: num(UNCOUPLING_LEVELS.high.cause),
    mid: num(DEFAULT_MIDPOINT),
    kraljicMid: num(KRALJIC_MIDPOINT),
    capacity: num(DEFAULT_KEY_ACCOUNT_CAPACITY),
    perManager: num(DEFAULT_ACCOUNTS_PER_MANAGER),
    band: num(DPM_STABLE_BAND, 1),
    focusImportance: num(FOCUS_MIN_IMPORTANCE),
    focusMax: num(FOCUS_MAX),
    fairShare: pct(FAIR_SHARE_MAX),
    wellBelow: pct(REVENUE_WELL_BELOW),
    stages: list.format([...LADDER_STAGES, 'uncoupling' as const].map((s) => stages[s].name)),
    uncoupling: stages.uncoupling.name,
    quadrants: list.format(QUADRANTS.map((q) => matrix.quadrants[q.id].name)),
    zones: list.format(
      FIT_COST_ZONES.map((z) => fill(t['fit-cost.zone'], { zone: matrix.fitCostZones[z].name, when: t[`fit-cost.zone.${z}`] })),
    ),
  };
}

export type HowItDecides = {
  summary: string;
  intro: string;
  legend: string;
  rules: { key: HowKey; origin: RuleOrigin; originLabel: string; text: string }[];
};

export function howItDecides(locale: Locale, tool: HowTool): HowItDecides {
  const t = HOW_STRINGS[locale];
  const v = values(locale);
  return {
    summary: t.summary,
    intro: t.intro,
    legend: t.legend,
    rules: RULES[tool].map((r) => ({ ...r, originLabel: t[r.origin], text: fill(t[r.key], v) })),
  };
}
