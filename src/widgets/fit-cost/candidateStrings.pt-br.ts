// Portuguese (Brazil) texts of candidateStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './candidateStrings.en';

const ptBr: Dictionary<typeof en> = {
  emptyNoScores: 'Nenhum candidato tem notas ainda. Dê as notas de adequação e custo na tabela abaixo ou carregue notas de exemplo.',
  candidatesHelp:
    'Adequação: 10 = combina perfeitamente com você. Custo: 10 = muito caro de atender como cliente-chave. Os clientes-chave vêm primeiro, depois os demais por faturamento. As notas são salvas enquanto você digita; Enter desce uma linha.',
  keyAccount: 'cliente-chave',
  candidate: 'candidato',
  fitLabel: '{client}: adequação ao negócio (0 a 10)',
  costLabel: '{client}: custo de implementação (0 a 10)',
  scoreError: 'Use números de 0 a 10 na adequação e no custo: “{client}”.',
  incomplete: 'Dê as duas notas para colocar “{client}” no gráfico.',
  notScored: 'sem notas',
  candidatesTitle: '1. Dê notas aos candidatos (0 a 10)',
  summary:
    '{n} {n:candidato|candidatos} com notas: {select} para selecionar, {consider} para avaliar, {later} para mais tarde e {avoid} para evitar.',
  summaryCapacity: '{recommended} recomendados para uma capacidade de {capacity}.',
  pointDesc: '{client}: adequação {fit}, custo {cost}, zona {zone}.',
  overCapacity:
    '{n} {n:candidato está|candidatos estão} na zona de seleção: mais do que os {capacity} clientes-chave que a equipe consegue gerenciar. Fique com os {capacity} primeiros, atenda os demais pelas vendas normais por enquanto, ou aumente a equipe antes.',
  withinCapacity: '{n} recomendados: dentro da capacidade de {capacity}.',
  overCapacityItem: 'acima da capacidade',
  pointsTitle: 'Cada candidato no gráfico (foque um para vê-lo no gráfico)',
};

export default ptBr;
