import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ATTRACTIVENESS_CRITERIA,
  DEFAULT_STRENGTH_CRITERIA,
  PLAN_SECTIONS,
  QUADRANTS,
  STAGES,
  STAGE_QUESTIONS,
  UNCOUPLING_CAUSES,
  UNCOUPLING_SIGNALS,
  importErrorMessage,
  importIssueMessage,
} from '../../src/domain/index.ts';
import { DOMAIN_TEXTS, domainTexts } from '../../src/i18n/domain-texts.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { STAGE_NAMES } from '../../src/i18n/domain-texts/stageNames.ts';
import { UNCOUPLING_LEVEL_NAMES } from '../../src/i18n/domain-texts/uncouplingLevels.ts';
import { QUADRANT_NAMES } from '../../src/i18n/domain-texts/quadrantNames.ts';

/** Every leaf path of a nested text object. */
function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (typeof obj !== 'object' || obj === null) return [[prefix, obj]];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('domain texts', () => {
  it('both languages have exactly the same keys, and no empty text', () => {
    const en = leaves(DOMAIN_TEXTS.en);
    const pt = leaves(DOMAIN_TEXTS['pt-br']);
    expect(pt.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const locale of LOCALES) {
      for (const [k, v] of leaves(domainTexts(locale))) {
        expect(typeof v, k).toBe('string');
        expect((v as string).trim().length, `${locale} ${k}`).toBeGreaterThan(0);
      }
    }
  });

  it('every id the domain returns has a text in both languages', () => {
    for (const locale of LOCALES) {
      const t = DOMAIN_TEXTS[locale];
      for (const s of STAGES) expect(t.stages[s.id].name).toBeTruthy();
      for (const q of STAGE_QUESTIONS) {
        expect(t.questions[q.id].text).toBeTruthy();
        for (const o of q.options) expect(t.questions[q.id].options[o.stage]).toBeTruthy();
      }
      for (const s of UNCOUPLING_SIGNALS) expect(t.signals[s.id]).toBeTruthy();
      for (const c of UNCOUPLING_CAUSES) {
        expect(t.causes[c.id].name).toBeTruthy();
        for (const i of c.indicators) expect(t.indicators[i.id], i.id).toBeTruthy();
        for (const m of c.mitigations) expect(t.mitigations[m], m).toBeTruthy();
      }
      for (const c of [...DEFAULT_ATTRACTIVENESS_CRITERIA, ...DEFAULT_STRENGTH_CRITERIA]) {
        expect((t.criteria as Record<string, { name: string }>)[c.id]?.name, c.id).toBeTruthy();
      }
      for (const q of QUADRANTS) {
        expect(t.quadrants[q.id].name).toBeTruthy();
        expect(t.strategies[q.strategy].name).toBeTruthy();
      }
      for (const s of PLAN_SECTIONS) expect(t.planSections[s].name).toBeTruthy();
    }
  });

  it("the names-only dictionaries are the full texts' names, in both languages", () => {
    const names = <T extends object>(texts: Record<string, T>, key: keyof T) =>
      Object.fromEntries(Object.entries(texts).map(([id, t]) => [id, t[key]]));
    for (const locale of LOCALES) {
      const t = DOMAIN_TEXTS[locale];
      expect(STAGE_NAMES[locale]).toEqual(names(t.stages, 'name'));
      expect(UNCOUPLING_LEVEL_NAMES[locale]).toEqual(t.uncouplingLevels);
      expect(QUADRANT_NAMES[locale]).toEqual(names(t.quadrants, 'name'));
      expect(Object.keys(UNCOUPLING_LEVEL_NAMES[locale])).toEqual(['low', 'medium', 'high']);
      expect(Object.keys(QUADRANT_NAMES[locale])).toEqual(QUADRANTS.map((q) => q.id));
    }
    expect(UNCOUPLING_LEVEL_NAMES['pt-br'].high).toBe('Risco alto');
    expect(QUADRANT_NAMES['pt-br'].strategic).toBe('Estratégico');
  });

  it('Portuguese keeps the article terms', () => {
    const pt = DOMAIN_TEXTS['pt-br'];
    expect(Object.values(pt.stages).map((s) => s.name)).toEqual([
      'Pré-KAM',
      'Early-KAM',
      'Mid-KAM',
      'Parceria-KAM',
      'Synergistic-KAM',
      'Uncoupling-KAM',
    ]);
    expect(pt.causes['key-personnel-change'].name).toBe('Mudança no pessoal-chave');
    expect(pt.indicators['single-point-of-contact']).toContain('ponto de contato único');
    expect(pt.causes['cultural-mismatch'].name).toBe('Má-combinação cultural');
    expect(pt.planSections.assumptions.name).toBe('Premissas');
    expect(pt.planSections.goals.name).toBe('Metas de negócios para os próximos três anos');
    expect(pt.planSections.risks.hint).toContain('causas da desunião');
  });

  it('the import codes the UI translates also have English messages in the domain', () => {
    for (const code of Object.keys(DOMAIN_TEXTS.en.importErrors) as (keyof typeof DOMAIN_TEXTS.en.importErrors)[]) {
      expect(importErrorMessage(code)).toBeTruthy();
    }
    for (const code of Object.keys(DOMAIN_TEXTS.en.importIssues) as (keyof typeof DOMAIN_TEXTS.en.importIssues)[]) {
      expect(importIssueMessage(code)).toBeTruthy();
    }
  });
});
