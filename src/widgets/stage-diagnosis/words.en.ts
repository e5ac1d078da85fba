// The questionnaire's domain words in English, one dictionary for the page to await: the questions,
// their options and the warning signals (domain-texts/questions.en.ts) with the stages' names.
import questions from '../../i18n/domain-texts/questions.en';
import stageNames from '../../i18n/domain-texts/stageNames.en';

const en = { ...questions, stageNames };

export default en;
