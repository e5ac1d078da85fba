import type { Dictionary, Locale } from '../i18n/locales';

const en = {
  showTable: 'Show the data as a table',
  loading: 'Loading chart…',
  failed: 'The chart could not be drawn; the table below has the same figures.',
} as const;

const ptBr: Dictionary<typeof en> = {
  showTable: 'Ver os dados em tabela',
  loading: 'Carregando o gráfico…',
  failed: 'Não foi possível desenhar o gráfico; a tabela abaixo tem os mesmos números.',
};

export const CHART_STRINGS: Record<Locale, Dictionary<typeof en>> = { en, 'pt-br': ptBr };
