// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const pt: Dictionary<typeof en> = {
  kept: 'Suas respostas ficam só nesta página.',
  title: 'A visão do comprador: como este cliente classifica o que você vende',
  intro:
    'Responda às seis perguntas como o comprador do cliente responderia, não como você gostaria. As respostas colocam você na matriz de compras de Kraljic, e o quadrante mostra como esse comprador vai tratar você e até onde o relacionamento pode subir.',
  sampleReady: 'Exemplo carregado: as contas-chave têm a visão do comprador; {account} está aberta.',
  print: 'Imprimir esta leitura',
  clear: 'Apagar as respostas',
  cleared: 'As respostas de {account} foram apagadas.',
  questionsTitle: 'Seis perguntas, respondidas como o comprador vê',
  scaleHint: '1 = baixo, 5 = alto.',
  'axis.profit-impact': 'Impacto no resultado do comprador',
  'axis.supply-risk': 'Risco de fornecimento para o comprador',
  'q.spend-weight': 'Quanto do dinheiro de compras do cliente vai para o que você vende?',
  'q.cost-effect': 'Quanto uma mudança nos seus preços mexeria nos custos ou na margem do cliente?',
  'q.quality-effect': 'Quanto o que você fornece define a qualidade do que o cliente vende?',
  'q.alternatives': 'Quão difícil é para o cliente achar outro fornecedor tão bom quanto você?',
  'q.switching-cost': 'Quanto custaria ao cliente trocar de fornecedor (homologar, treinar, mudar rotinas)?',
  'q.failure-impact': 'O que acontece com o cliente quando uma entrega sua falha?',
  'answer.1': '1 – muito baixo',
  'answer.2': '2 – baixo',
  'answer.3': '3 – médio',
  'answer.4': '4 – alto',
  'answer.5': '5 – muito alto',
  resultTitle: 'O que a visão deste comprador significa',
  answered: '{answered} de {total} perguntas respondidas. O quadrante aparece quando todas as seis estiverem.',
  axisScore: '{axis}: {score} de 5 ({level})',
  high: 'alto',
  low: 'baixo',
  noScore: 'ainda sem resposta',
  quadrantLine: 'Este comprador vê o que você vende como {quadrant}.',
  'quadrant.non-critical': 'item não crítico',
  'quadrant.leverage': 'item de alavancagem',
  'quadrant.bottleneck': 'item gargalo',
  'quadrant.strategic': 'item estratégico',
  'behaviour.simplify':
    'Baixo impacto, baixo risco: o comprador quer comprar de forma simples e barata (catálogo, um pedido por mês, contrato-quadro) e não gasta tempo com o relacionamento.',
  'behaviour.tender':
    'Alto impacto, baixo risco: o comprador usa seu poder de compra. Espere cotações, concorrências, pressão no preço e troca de fornecedor quando aparecer alguém mais barato.',
  'behaviour.secure':
    'Baixo impacto, alto risco: o comprador quer o fornecimento garantido (estoque, contratos longos, um fornecedor reserva) e trabalha para depender menos de você.',
  'behaviour.partner':
    'Alto impacto, alto risco: o comprador precisa de você e planeja com você. Planejamento conjunto, informação compartilhada e compromissos de longo prazo são bem-vindos.',
  capLine: 'O relacionamento que essa visão permite: até o estágio {cap}.',
  capClosed: 'Fechados enquanto o comprador vir você assim: {stages}.',
  standing: 'Última leitura do relacionamento: {stage}; estágio-alvo: {target}.',
  standingNone: 'Esta conta ainda não tem diagnóstico de estágio nem plano de conta: diagnostique o estágio para compará-lo com o teto.',
  noTarget: 'nenhum definido',
  'verdict.target-above-cap':
    'Seu estágio-alvo, {target}, está acima do que a visão deste comprador permite ({cap}). Por mais que a equipe se esforce, este comprador não vai até lá enquanto vir você assim: mude a visão (aumente, com honestidade, o impacto no resultado ou o risco de fornecimento que o comprador sente) ou baixe o alvo.',
  'verdict.stage-above-cap':
    'O relacionamento está no estágio {stage}, acima do que a visão deste comprador permite ({cap}). Ele se apoia em pessoas e hábitos: um comprador novo ou uma concorrência pode fazê-lo recuar. Proteja-o ou trabalhe a visão.',
  'verdict.uncoupling': 'O relacionamento está em desunião. A reconstrução começa abaixo deste teto ({cap}).',
  'verdict.no-stage': 'Depois do diagnóstico de estágio, a ferramenta o compara com o teto ({cap}).',
  'verdict.at-cap': 'O relacionamento está no teto ({cap}): o próximo degrau exige, antes, que o comprador veja você de outro jeito.',
  'verdict.room': 'Há espaço para subir: o relacionamento ({stage}) está abaixo do teto ({cap}).',
  diagnoseLink: 'Diagnosticar o estágio',
  axisX: 'Risco de fornecimento para o comprador (1 baixo – 5 alto)',
  axisY: 'Impacto no resultado do comprador (1 baixo – 5 alto)',
  datasetOpen: 'Esta conta',
  datasetOthers: 'Outras contas',
  pointDesc: '{account}: impacto no resultado {impact}, risco de fornecimento {risk}, {quadrant}',
  summary: 'A matriz mostra {count} {count:conta|contas} com leitura completa; {account} é {quadrant}.',
  summaryOthers: 'A matriz mostra {count} {count:conta|contas} com leitura completa; {account} ainda não tem leitura completa.',
  summaryEmpty: 'Nenhuma conta tem leitura completa ainda: responda às seis perguntas para posicioná-la.',
  tableCaption: 'A visão do comprador de cada conta',
  colAccount: 'Conta',
  colImpact: 'Impacto no resultado (1–5)',
  colRisk: 'Risco de fornecimento (1–5)',
  colQuadrant: 'Quadrante',
  colCap: 'Teto de estágio',
};

export default pt;
