// Portuguese (Brazil) texts of currencyNoteStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './currencyNoteStrings.en';

const ptBr: Dictionary<typeof en> = {
  note: 'Valores em {name} ({code}), a moeda dos seus dados.',
  unknown: 'Valores em {name} ({code}) até que seus dados digam outra moeda.',
  change: 'Mude em Meus dados',
};

export default ptBr;
