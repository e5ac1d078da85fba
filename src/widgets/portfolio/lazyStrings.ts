import type { Dictionary, Locale } from '../../i18n/locales';

const en = {
  loading: 'Loading the import tool…',
  failed: 'The import tool could not be loaded. Reload the page and try again.',
  open: 'Import a file or paste from a spreadsheet',
} as const;

const ptBr: Dictionary<typeof en> = {
  loading: 'Carregando a ferramenta de importação…',
  failed: 'Não foi possível carregar a ferramenta de importação. Recarregue a página e tente de novo.',
  open: 'Importar um arquivo ou colar de uma planilha',
};

export const IMPORT_LOADING: Record<Locale, Dictionary<typeof en>> = { en, 'pt-br': ptBr };
