// Portuguese (Brazil) texts of criteriaStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './criteriaStrings.en';

const ptBr: Dictionary<typeof en> = {
  axisWordAttractiveness: 'atratividade do cliente',
  axisWordStrength: 'força relativa',
  errWeights:
    'Não salvo: os pesos de {axis} somam {total}, não 100. Ajuste até o total dar 100; enquanto isso a matriz continua com os últimos critérios válidos.',
  errInvalidWeight: 'Não salvo: o peso de “{name}” precisa ser um número de 0 a 100.',
  errNoCriteria: 'Não salvo: a lista de {axis} precisa de pelo menos um critério.',
  errName: 'Não salvo: todo critério precisa de um nome ({axis}, critério {n}).',
  errOther: 'Não salvo: os critérios não são válidos ({code}).',
};

export default ptBr;
