// Portuguese (Brazil) words of words.en.ts, from the same domain texts: typed by the English ones.
import type { Texts } from '../../i18n/locales';
import questions from '../../i18n/domain-texts/questions.pt-br';
import stageNames from '../../i18n/domain-texts/stageNames.pt-br';
import type en from './words.en';

const ptBr: Texts<typeof en> = { ...questions, stageNames };

export default ptBr;
