// Textos em português de chartStrings.ts (tipados pelo arquivo em inglês).
import type { Dictionary } from '../../i18n/locales';
import type en from './chartStrings.en';

const ptBr: Dictionary<typeof en> = {
  chartTitle: 'Valor criado frente ao prêmio de preço',
  chartSummary: 'Valor criado além do preço {created}, prêmio pedido {premium}, saldo para o cliente {net}.',
  chartCaption: 'Valor em uso por ano, por categoria, e sua divisão',
  colItem: 'Item',
  colAmount: 'Por ano',
  series: 'Por ano',
};

export default ptBr;
