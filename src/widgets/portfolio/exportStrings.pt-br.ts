// Portuguese (Brazil) texts of exportStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './exportStrings.en';

const ptBr: Dictionary<typeof en> = {
  fileNameWhole: 'arquivo-inteiro',
  csvCode: 'Código',
  csvClient: 'Cliente',
  csvSegment: 'Segmento',
  csvRevenue: 'Faturamento',
  csvPreviousRevenue: 'Faturamento anterior',
  csvMargin: 'Margem %',
  csvFirstPurchase: 'Primeira compra',
  csvManager: 'Gestor da conta',
  csvKeyAccount: 'Cliente-chave',
  csvNotes: 'Observações',
  exported: '{n} {n:cliente exportado|clientes exportados} para {file}.',
  fileName: 'clientes',
};

export default ptBr;
