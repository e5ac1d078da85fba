// Portuguese (Brazil) texts of csvStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './csvStrings.en';

const ptBr: Dictionary<typeof en> = {
  fileMatrix: 'matriz-de-classificacao',
  fileCriteria: 'criterios-de-classificacao',
  csvAxis: 'Eixo',
  csvCriterion: 'Critério',
  csvWeight: 'Peso (%)',
};

export default ptBr;
