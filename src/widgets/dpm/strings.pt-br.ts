// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  intro:
    'A matriz de política direcional (criada na Shell; esta é a versão de McDonald para o planejamento de marketing) trabalha com os seus principais segmentos. Cada segmento é uma bolha posicionada pela atratividade dele e pela sua força nele, com área proporcional ao faturamento; uma bolha vazada mostra onde ele deve estar daqui a três anos, e a seta mostra a direção.',
  empty: 'Nenhum segmento ainda. Adicione os seus principais segmentos abaixo ou carregue os cinco segmentos da distribuidora de exemplo.',
  sampleLoaded: 'Exemplo carregado: {n} {n:segmento|segmentos}.',
  segmentsLoading: 'Carregando seus segmentos…',
  segmentsFailed: 'Não foi possível mostrar seus segmentos. Verifique a conexão e recarregue a página.',
  editorTitle: '1. Seus segmentos',
  editorHelp:
    'Faturamento atual e esperado daqui a três anos, e notas de 0 a 10 para a atratividade do segmento e a sua força nele, hoje e daqui a três anos. As mudanças são salvas enquanto você digita.',
  colSegment: 'Segmento',
  colRevenueNow: 'Faturamento atual',
  colRevenue3: 'Faturamento em 3 anos',
  colANow: 'Atratividade hoje',
  colSNow: 'Força hoje',
  colA3: 'Atratividade em 3 anos',
  colS3: 'Força em 3 anos',
  colGrowth: 'Crescimento ao ano',
  colQuadrantNow: 'Posição hoje',
  colQuadrant3: 'Posição em 3 anos',
  colDirection: 'Direção',
  unnamed: 'Segmento {n}',
  newSegmentName: '',
  addSegment: 'Adicionar segmento',
  removed: '“{segment}” removido.',
  moneyError: 'O faturamento precisa ser um número igual ou maior que 0: “{segment}”, {field}.',
  scoreError: 'As notas vão de 0 a 10: “{segment}”, {field}.',
  chartTitle: '2. A matriz, hoje e daqui a três anos',
  orientationNote:
    'Como na versão de McDonald da matriz, a força alta fica à esquerda (a original da Shell punha as perspectivas do setor na horizontal e a capacidade competitiva na vertical). Bolha cheia = hoje, bolha vazada = daqui a três anos; a área da bolha é proporcional ao faturamento, na mesma escala para as duas.',
  summaryEmpty: 'Nenhum segmento ainda, então a matriz está vazia.',
  tableCaption: 'Segmentos hoje e daqui a três anos (matriz de política direcional)',
  pointsTitle: 'Cada segmento no gráfico (foque um para vê-lo no gráfico)',
  meaningsTitle: 'O que cada área significa para um segmento',
  meaningStrategic: 'Atraente e você é forte: investir para crescer; concentre aqui o esforço de KAM.',
  meaningStar: 'Atraente, mas você é fraco: investir seletivamente para ganhar posição, ou sair.',
  meaningStatus: 'Menos atraente e você é forte: manter; atenda com eficiência e proteja a margem.',
  meaningStreamline: 'Menos atraente e você é fraco: administrar para gerar caixa; corte o custo de servir ou saia.',
  exportTitle: 'Exportar',
  exportTable: 'Baixar a tabela de segmentos (CSV)',
};

export default ptBr;
