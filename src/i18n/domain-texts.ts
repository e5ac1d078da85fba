/**
 * Every user-facing text of the KAM engine (src/domain), in both languages. The domain returns ids
 * and codes only; widgets look the words up here.
 *
 * The texts come in groups, one module each under ./domain-texts/ (stages, questions, uncoupling,
 * mitigations, matrices, plan, import), each with `<group>.en.ts` (whose shape is keyed by the
 * domain's id types, so an id without an English text is a type error) and `<group>.pt-br.ts`
 * (typed by the English one, so a missing Portuguese entry is a type error). Widgets import only
 * the groups they show: in the browser a tool page then downloads a fraction of the words (measured:
 * the stage diagnosis 7.5 → 3.5 KB gzipped, the uncoupling checklist 7.5 → 2.6 KB). In the browser
 * only the page's language is loaded (./pageLocale.ts).
 *
 * This module joins all groups: for server-rendered pages (worksheets) and tests. Widgets must not
 * import it (tests/source-rules.test.ts).
 *
 * Portuguese keeps the source article's own terms: Pré-KAM, Early-KAM, Mid-KAM, Parceria-KAM,
 * Synergistic-KAM, Uncoupling-KAM, Lei de Pareto, causas da desunião, ponto de contato único.
 */
import type { Locale } from './locales';
import { IMPORT_TEXTS, type ImportTexts } from './domain-texts/import';
import { MATRIX_TEXTS, type MatrixTexts } from './domain-texts/matrices';
import { MITIGATION_TEXTS, type MitigationTexts } from './domain-texts/mitigations';
import { PLAN_TEXTS, type PlanTexts } from './domain-texts/plan';
import { QUESTION_TEXTS, type QuestionTexts } from './domain-texts/questions';
import { STAGE_TEXTS, type StageTexts } from './domain-texts/stages';
import { UNCOUPLING_TEXTS, type UncouplingTexts } from './domain-texts/uncoupling';

export type DomainTexts = StageTexts & QuestionTexts & UncouplingTexts & MitigationTexts & MatrixTexts & PlanTexts & ImportTexts;

function join(locale: Locale): DomainTexts {
  return {
    ...STAGE_TEXTS[locale],
    ...QUESTION_TEXTS[locale],
    ...UNCOUPLING_TEXTS[locale],
    ...MITIGATION_TEXTS[locale],
    ...MATRIX_TEXTS[locale],
    ...PLAN_TEXTS[locale],
    ...IMPORT_TEXTS[locale],
  };
}

export const DOMAIN_TEXTS: Record<Locale, DomainTexts> = { en: join('en'), 'pt-br': join('pt-br') };

export function domainTexts(locale: Locale): DomainTexts {
  return DOMAIN_TEXTS[locale];
}
