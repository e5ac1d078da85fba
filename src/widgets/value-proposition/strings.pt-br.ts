// Textos em português de strings.ts (tipados pelo arquivo em inglês).
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  kept: 'Sua proposta fica guardada só nesta página.',
  title: 'Proposta de valor: quanto sua oferta vale para este cliente',
  intro:
    'Anote o que mais importa para o cliente e como ele avalia você frente à melhor alternativa; depois ponha um valor anual em dinheiro no que sua oferta economiza ou rende a ele. A ferramenta encontra o foco de ressonância, divide o valor entre o cliente e o preço que você pede e escreve uma proposta de uma página.',
  sampleReady: 'Exemplo carregado: {account} tem a proposta de valor do caso.',
  print: 'Imprimir a proposta de uma página',
  download: 'Baixar em Markdown',
  downloadFailed: 'Não foi possível salvar o arquivo: {detail}',
  alternative: 'A melhor alternativa do cliente',
  alternativeHint: 'A proposta de um concorrente, outro fornecedor, fazer por conta própria.',
  offer: 'Nossa oferta em uma ou duas frases',
  csfTitle: 'Os fatores críticos de sucesso do cliente',
  csfHint:
    'Do que o cliente precisa para ter sucesso, nas palavras dele; quanto cada um importa (1 a 5) e como ele avalia você e a alternativa (0 a 10).',
  csfEmpty: 'Nenhum fator ainda. Inclua o que importa para o cliente, ou carregue o exemplo.',
  addCsf: 'Incluir um fator',
  csfRemoved: '{name} removido dos fatores.',
  unnamed: 'esta linha',
  linesTitle: 'Valor em uso: o que o cliente economiza ou ganha por ano',
  linesHint:
    'Uma linha por efeito, em dinheiro por ano, com a sua oferta e com a alternativa. Nos custos (preço, aquisição, uso, risco), menos é melhor; num ganho de receita, mais é melhor.',
  linesEmpty: 'Nenhuma linha ainda. Comece pelo preço, depois o que o cliente gasta ou arrisca além dele.',
  rowsFailed: 'Não foi possível carregar os campos de edição. Verifique a conexão e recarregue a página.',
  addLine: 'Incluir uma linha',
  lineRemoved: '{name} removida da planilha.',
  readingTitle: 'O que a ferramenta lê',
  focusSentence: 'Foco de ressonância: {list}.',
  focusNone:
    'Sem foco de ressonância: entre os fatores que mais importam ao cliente (importância 4 ou 5), nenhum é um em que ele avalie você acima da alternativa.',
  pointsSentence: 'Pontos de diferença: {difference} · paridade: {parity} · disputa: {contention}.',
  splitSentence:
    'Sua oferta cria {created} por ano além do preço; você pede {premium} a mais que a alternativa ({share} desse valor), então o cliente fica {net} por ano melhor.',
  verifiedSentence: 'Do valor criado, {verified} foi confirmado pelo cliente e {documented} tem fonte documentada.',
  pageTitle: 'A proposta de uma página',
  planHint: 'O arquivo Markdown e a versão impressa do plano de conta incluem esta proposta.',
  openPlan: 'Abrir o plano de conta',
};

export default ptBr;
