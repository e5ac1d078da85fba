// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  showTable: 'Ver os dados em tabela',
  loading: 'Carregando o gráfico…',
  failed: 'Não foi possível desenhar o gráfico; a tabela abaixo tem os mesmos números.',
};

export default ptBr;
