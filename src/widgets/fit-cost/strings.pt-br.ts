// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  intro:
    'O quadrante diz o que a conta merece, não se você consegue bancar. Dê a cada candidato uma nota de adequação ao negócio (o quanto combina com a sua estratégia, competências e cultura) e de custo de implementação (o que custa gerenciá-lo como cliente-chave). Escolha primeiro alta adequação com custo aceitável, até o limite da equipe.',
  emptyNoClients:
    'Sua carteira de clientes ainda está vazia. Carregue a empresa de exemplo (Distribuidora Horizonte) para experimentar a ferramenta, ou cadastre seus clientes na ferramenta de carteira.',
  sampleLoaded: 'Exemplo carregado: {n} {n:candidato|candidatos} com notas.',
  loadingCandidates: 'Carregando as notas dos seus clientes…',
  partFailed: 'Esta parte da ferramenta não pôde ser carregada. Recarregue a página e tente novamente.',
  capacityLabel: 'Clientes-chave que a equipe consegue gerenciar',
  capacityHelp:
    'A literatura fala em algo entre 15 e 35 clientes-chave para uma empresa inteira (mais de uns 50 já é demais); uma equipe pequena dá conta de bem menos, uns 8 para três pessoas. Salvo nas suas configurações.',
  capacityError: 'Use um número inteiro de 0 a 10.000.',
  colClient: 'Cliente',
  colRevenue: 'Faturamento',
  colFit: 'Adequação ao negócio',
  colCost: 'Custo de implementação',
  colZone: 'Zona',
  colRank: 'Posição na recomendação',
  chartTitle: '2. Adequação × custo',
  orientationNote: 'A área sombreada no alto à esquerda é a zona de seleção: adequação de {mid} ou mais e custo abaixo de {mid}.',
  summaryEmpty: 'Nenhum candidato tem notas ainda, então o gráfico está vazio.',
  tableCaption: 'Candidatos por adequação ao negócio e custo de implementação',
  recommendedTitle: '3. Clientes-chave recomendados',
  recommendedHelp: 'A zona de seleção, do melhor para o pior: a maior folga da adequação sobre o custo e, depois, a maior adequação.',
  recommendedNone: 'Nenhum candidato está na zona de seleção ainda.',
  zonesTitle: 'O que cada zona significa',
  exportTitle: 'Exportar',
  exportTable: 'Baixar a tabela de candidatos (CSV)',
};

export default ptBr;
