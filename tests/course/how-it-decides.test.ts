import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARETO_THRESHOLDS,
  DEPENDENCE_NOTICE_SHARE,
  DEPENDENCE_STRONG_SHARE,
  DEFAULT_KEY_ACCOUNT_CAPACITY,
  UNCOUPLING_LEVELS,
} from '../../src/domain/index.ts';
import { formatPercent } from '../../src/i18n/format.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { howItDecides } from '../../src/i18n/how-it-decides/rules.ts';
import type { HowTool } from '../../src/i18n/how-it-decides/rules.ts';

const TOOLS: HowTool[] = [
  'portfolio',
  'pareto',
  'new-customers',
  'stage-diagnosis',
  'uncoupling',
  'account-plan',
  'classification-matrix',
  'fit-cost',
  'dpm',
  'buying-centre',
  'cost-to-serve',
  'value-proposition',
  'account-team',
  'account-review',
  'kraljic',
  'dashboard',
];

describe('"How this tool decides" notes', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every tool has rules with every number filled in`, () => {
      for (const tool of TOOLS) {
        const note = howItDecides(locale, tool);
        expect(note.rules.length, tool).toBeGreaterThanOrEqual(3);
        for (const r of note.rules) {
          expect(r.text, `${tool} ${r.key}`).not.toMatch(/\{\w+\}/);
          expect(r.originLabel.length).toBeGreaterThan(3);
        }
      }
    });

    it(`${locale}: the numbers are the domain's constants`, () => {
      const text = (tool: HowTool) =>
        howItDecides(locale, tool)
          .rules.map((r) => r.text)
          .join(' ');
      for (const tool of ['pareto', 'dashboard', 'portfolio'] as const) {
        expect(text(tool)).toContain(formatPercent(locale, DEPENDENCE_NOTICE_SHARE));
        expect(text(tool)).toContain(formatPercent(locale, DEPENDENCE_STRONG_SHARE));
      }
      expect(text('pareto')).toContain(formatPercent(locale, DEFAULT_PARETO_THRESHOLDS.a));
      expect(text('fit-cost')).toContain(String(DEFAULT_KEY_ACCOUNT_CAPACITY));
      expect(text('uncoupling')).toContain(String(UNCOUPLING_LEVELS.high.score));
    });
  }

  it('marks the course’s own heuristics as such: fit/cost zones, risk thresholds, the median rule, dependence thresholds', () => {
    const origin = (tool: HowTool, key: string) => howItDecides('en', tool).rules.find((r) => r.key === key)!.origin;
    expect(origin('fit-cost', 'fit-cost.zones')).toBe('course');
    expect(origin('uncoupling', 'uncoupling.levels')).toBe('course');
    expect(origin('stage-diagnosis', 'stage-diagnosis.median')).toBe('course');
    expect(origin('pareto', 'pareto.dependence')).toBe('course');
    expect(origin('dashboard', 'dashboard.dependence')).toBe('course');
    expect(origin('stage-diagnosis', 'stage-diagnosis.ladder')).toBe('literature');
    expect(howItDecides('pt-br', 'fit-cost').rules.find((r) => r.key === 'fit-cost.zones')!.originLabel).toBe('Heurística do curso');
  });
});
