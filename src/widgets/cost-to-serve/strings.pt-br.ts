// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  title: 'Custo de servir e rentabilidade por cliente',
  intro:
    'A margem bruta de um cliente paga mais do que a mercadoria: entregas, visitas, condições especiais, o crédito do prazo de pagamento, devoluções e pessoas dedicadas a ele. Lance esses custos por cliente para ver a margem após o custo de servir, quem realmente dá lucro e a curva da baleia.',
  kept: 'Seus números ficam só nesta página.',
  empty: 'Sua carteira ainda não tem clientes. Importe suas vendas na página da carteira ou carregue a empresa de exemplo.',
  sampleLoaded:
    'Exemplo carregado: os custos de 2025 da Distribuidora Horizonte para {n} {n:cliente|clientes}. Hospital Santa Clara: 21% de margem bruta, 14% após o custo de servir.',
  sampleKept: 'A empresa de exemplo está carregada; seus custos foram mantidos como estavam.',
  print: 'Imprimir o ranking e a curva da baleia',
  figuresLoading: 'Carregando seus números…',
  figuresFailed: 'Não foi possível mostrar seus números: esta parte da ferramenta não carregou. Recarregue a página e tente de novo.',
};

export default ptBr;
