// Portuguese (Brazil) texts of chartStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './chartStrings.en';

const ptBr: Dictionary<typeof en> = {
  axisY: 'Atratividade do cliente (0–10): alta em cima, baixa embaixo',
  axisX: 'Sua força relativa (0–10): ALTA à esquerda, baixa à direita',
};

export default ptBr;
