/**
 * The questionnaire's wordings for the first view: stage names, questions, options and signals. The
 * stages' summaries and the short question labels belong to the result's details (ResultDetails.tsx),
 * fetched once there is a result, so their words are not awaited with the page. The words come as
 * one dictionary (words.*.ts: the domain's question texts with the stages' names), one fetch.
 */
import type { LadderStage, StageId, StageQuestionId, UncouplingSignalId } from '../../domain/index.ts';
import { STAGE_QUESTIONS } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { pageStrings } from '../../i18n/pageLocale';

const WORDS = await pageStrings(
  () => import('./words.en'),
  () => import('./words.pt-br'),
);

const stageOfOption = new Map<string, LadderStage>();
for (const q of STAGE_QUESTIONS) for (const o of q.options) stageOfOption.set(o.id, o.stage);

export function diagnosisTexts(locale: Locale) {
  const d = WORDS[locale];
  const names = d.stageNames;
  return {
    stageName: (id: StageId): string => names[id],
    question: (id: StageQuestionId) => ({ text: d.questions[id].text, why: d.questions[id].why }),
    option: (questionId: StageQuestionId, optionId: string): string => {
      const stage = stageOfOption.get(optionId);
      return stage === undefined ? optionId : d.questions[questionId].options[stage];
    },
    signal: (id: UncouplingSignalId): string => d.signals[id],
  };
}
