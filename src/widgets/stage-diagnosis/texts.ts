/** The diagnosis' wordings: the domain's texts (src/i18n/domain-texts.ts) plus the short question labels of this widget. */
import type { LadderStage, StageId, StageQuestionId, UncouplingSignalId } from '../../domain/index.ts';
import { STAGE_QUESTIONS } from '../../domain/index.ts';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { QUESTION_TEXTS } from '../../i18n/domain-texts/questions';
import type { Locale } from '../../i18n/locales';
import { STRINGS } from './strings';

const stageOfOption = new Map<string, LadderStage>();
for (const q of STAGE_QUESTIONS) for (const o of q.options) stageOfOption.set(o.id, o.stage);

export function diagnosisTexts(locale: Locale) {
  const d = { ...STAGE_TEXTS[locale], ...QUESTION_TEXTS[locale] };
  const s = STRINGS[locale];
  return {
    stageName: (id: StageId): string => d.stages[id].name,
    stageSummary: (id: StageId): string => d.stages[id].short,
    moveUp: (id: StageId): string => d.stages[id].moveUp,
    question: (id: StageQuestionId) => ({
      text: d.questions[id].text,
      why: d.questions[id].why,
      short: s[`q.${id}`],
    }),
    option: (questionId: StageQuestionId, optionId: string): string => {
      const stage = stageOfOption.get(optionId);
      return stage === undefined ? optionId : d.questions[questionId].options[stage];
    },
    signal: (id: UncouplingSignalId): string => d.signals[id],
  };
}
