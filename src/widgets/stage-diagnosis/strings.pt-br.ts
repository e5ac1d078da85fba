// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  kept: 'Suas respostas ficam só nesta página.',
  title: 'Autodiagnóstico do estágio',
  intro:
    'Responda o que você vê hoje no relacionamento, não o que gostaria de ver. Cada resposta aponta para um degrau da escada; o resultado é o meio das suas respostas, então uma única resposta otimista não o eleva.',
  emptyHint: 'Ainda não há respostas para esta conta. Comece pela primeira pergunta ou carregue o exemplo para ver um diagnóstico pronto.',
  modeLegend: 'Como responder',
  modeOne: 'Uma pergunta por vez',
  modeAll: 'Todas as perguntas na mesma página',
  whyLabel: 'Por que importa:',
  answeredCount: '{n} de {total} {total:pergunta|perguntas} respondidas',
  signalsLegend: 'Sinais de alerta de desunião (marque o que está acontecendo agora)',
  signalsHint: 'A desunião não é um degrau: pode acontecer a partir de qualquer estágio. Estes sinais são avaliados à parte da escada.',
  decisive: '(decisivo)',
  resultTitle: 'Resultado',
  resultNone: 'Responda pelo menos uma pergunta para ver em que ponto está o relacionamento.',
  ladderTitle: 'A escada do relacionamento',
  ladderDesc:
    'Cinco degraus, do Pré-KAM (embaixo) ao Synergistic-KAM (em cima); o Uncoupling-KAM fica à parte porque pode acontecer a partir de qualquer degrau. Atual: {current}. Estágio-alvo: {target}.',
  ladderCurrent: 'hoje',
  ladderTarget: 'meta',
  ladderOff: 'ruptura',
  signalsTitle: 'Sinais de desunião',
  signalsNone: 'Nenhum sinal de alerta marcado.',
  targetLabel: 'Estágio-alvo',
  targetHint:
    'Mais alto nem sempre é melhor. Relacionamentos de Parceria-KAM e Synergistic-KAM exigem muitas pessoas e muito tempo dos dois lados; escolha o estágio que este cliente vale e não invista além dele.',
  historyTitle: 'Histórico desta conta',
  historyEmpty: 'Nenhum diagnóstico salvo para esta conta ainda. Suas respostas são salvas enquanto você responde, com a data de hoje.',
  none: '—',
  partFailed: 'Esta parte do resultado não pôde ser carregada. Verifique sua conexão e recarregue a página.',
  print: 'Imprimir o resultado',
};

export default ptBr;
