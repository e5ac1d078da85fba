// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  kept: 'Suas marcações ficam só nesta página.',
  notAssessed: 'Não avaliado',
  levelNone: 'Nada marcado, então ainda não há o que avaliar. Revise os sinais com alguém que conhece bem a conta.',
  title: 'Checklist de desunião',
  intro:
    'Marque o que é verdade hoje para esta conta. Cada causa da desunião tem sinais concretos; a pontuação os pondera pelo quanto anunciam diretamente uma ruptura.',
  sampleLoaded:
    'Exemplo carregado: os clientes-chave têm marcações de exemplo; {account} está aberto. Veja o mapa de calor abaixo para compará-los.',
  emptyHint:
    'Nada marcado para esta conta ainda, então o risco dela não foi avaliado (checklist vazio não quer dizer risco baixo). Marque os sinais que você vê ou carregue o exemplo.',
  internalTitle: 'Dentro do relacionamento: as cinco causas do artigo',
  externalTitle: 'Fora do relacionamento: as duas causas externas',
  externalHint: 'Você não pode corrigi-las, mas precisa vê-las cedo: elas podem mudar se o cliente deve continuar como cliente-chave.',
  resultTitle: 'Risco de {account}',
  score: 'Pontuação de risco ponderada',
  scoreOf: '{score} de 100',
  level: 'Nível',
  levelLow: 'Poucos sinais de ruptura. Mantenha o relacionamento vivo e verifique de novo na próxima revisão do plano.',
  levelMedium: 'Algumas causas estão presentes. Aja antes que se somem: veja as ações de mitigação abaixo.',
  levelHigh: 'O relacionamento está em risco. Aja agora sobre as causas que puxam a pontuação, começando pela mais alta.',
  drivers: 'O que puxa o risco: {list}.',
  driversNone: 'Nenhuma causa presente.',
  chartSummary: 'Parcela ponderada dos sinais de cada causa marcados para {account}: {list}.',
  chartCaption: 'Causas da desunião de {account}, percentual dos sinais ponderados de cada causa marcados',
  chartCause: 'Causa',
  chartPercent: 'Percentual ponderado marcado',
  chartLabel: 'Sinais marcados (% ponderado)',
  mitigationsTitle: 'O que fazer com cada causa marcada',
  mitigationsFailed: 'Não foi possível carregar as ações de mitigação: recarregue a página para vê-las.',
  mitigationsNone: 'Marque um sinal para ver as ações de mitigação da causa dele.',
  heatTitle: 'Mapa de calor da carteira: clientes-chave × causas',
  heatIntro:
    'Cada célula é o percentual ponderado dos sinais daquela causa marcados para a conta (sinais que anunciam um rompimento mais diretamente pesam mais). Mais escuro significa mais da causa presente; o número aparece sempre.',
  heatEmpty: 'Ainda não há clientes-chave. Marque-os na carteira de clientes, ou carregue o exemplo, para comparar os riscos aqui.',
  heatCaption: 'Risco de desunião por cliente-chave e causa (percentual ponderado de sinais marcados)',
  heatAccount: 'Conta',
  heatRisk: 'Pontuação de risco ponderada',
  heatNotChecked: 'ainda não verificado',
  sortBy: 'Ordenar por {column}',
  sortedDesc: 'ordenado, maior primeiro',
  sortedAsc: 'ordenado, menor primeiro',
  sortedName: 'ordenado de A a Z',
  open: 'Abrir {account}',
  saved: 'Salvo em {date}.',
  clearAll: 'Limpar todas as marcações',
  cleared: 'Todas as marcações de {account} foram limpas.',
};

export default ptBr;
