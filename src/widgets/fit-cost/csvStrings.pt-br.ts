// Portuguese (Brazil) texts of csvStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './csvStrings.en';

const ptBr: Dictionary<typeof en> = {
  colKeyAccount: 'Cliente-chave',
  yes: 'sim',
  no: 'não',
  fileName: 'adequacao-x-custo',
};

export default ptBr;
