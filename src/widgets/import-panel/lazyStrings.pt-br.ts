// Portuguese (Brazil) texts of lazyStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './lazyStrings.en';

const ptBr: Dictionary<typeof en> = {
  loading: 'Carregando a ferramenta de importação…',
  failed: 'Não foi possível carregar a ferramenta de importação. Recarregue a página e tente de novo.',
  open: 'Importar um arquivo ou colar de uma planilha',
};

export default ptBr;
