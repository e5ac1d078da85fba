// Textos em português da proposta de valor de uma página (a ferramenta e o plano de conta a imprimem).
import type { Dictionary } from '../../i18n/locales';
import type en from './propositionStrings.en';

const ptBr: Dictionary<typeof en> = {
  title: 'Proposta de valor',
  alternative: 'Melhor alternativa',
  offer: 'Nossa oferta',
  focus: 'Foco de ressonância',
  noFocus:
    'Ainda sem foco de ressonância: nenhum fator que importe ao cliente (importância 4 ou 5) em que ele nos avalie acima da alternativa.',
  importance: 'importância',
  ours: 'nós',
  best: 'alternativa',
  worth: 'vale por ano',
  worksheet: 'Valor em uso por ano',
  kind: 'Categoria',
  'category.price': 'Preço',
  'category.acquisition': 'Aquisição e processamento',
  'category.usage': 'Uso e operação',
  'category.risk': 'Risco',
  'category.revenue': 'Ganho de receita',
  line: 'O quê',
  withUs: 'Conosco',
  withAlternative: 'Com a alternativa',
  value: 'Valor para o cliente',
  source: 'Fonte',
  verified: 'Confirmado pelo cliente',
  yes: 'sim',
  no: 'não',
  valueCreated: 'Valor criado além do preço',
  premium: 'Prêmio de preço pedido',
  net: 'Saldo de valor para o cliente',
  shareAsked: 'Parte do valor pedida no preço',
  tco: 'Custo total de propriedade (conosco / com a alternativa)',
  'split.no-value': 'A oferta ainda não cria valor além do preço: não há o que propor.',
  'split.customer-loses': 'O prêmio é maior que o valor criado: o cliente ficaria pior conosco.',
  'split.too-greedy': 'Pedimos mais da metade do valor que criamos: o comprador fica com pouco motivo para nos escolher.',
  'split.value-given-away': 'Criamos valor e não pedimos prêmio por ele: o valor está sendo dado de graça.',
  'split.balanced': 'Equilibrada: o cliente fica com a maior parte do valor que criamos, e recebemos por uma parte dele.',
  empty: '—',
};

export default ptBr;
