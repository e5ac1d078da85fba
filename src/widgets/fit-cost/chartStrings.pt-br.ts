// Portuguese (Brazil) texts of chartStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './chartStrings.en';

const ptBr: Dictionary<typeof en> = {
  axisY: 'Adequação ao negócio (0–10): alta em cima',
  axisX: 'Custo de implementação (0–10): baixo à esquerda, alto à direita',
};

export default ptBr;
