// Portuguese (Brazil) texts of extrasStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './extrasStrings.en';

const ptBr: Dictionary<typeof en> = {
  teamMembers: 'Quem está na equipe',
  teamName: 'Nome',
  teamRole: 'Papel',
  teamFunction: 'Área',
  sponsor: 'Patrocinador executivo: {names}.',
  noSponsor: 'A equipe ainda não tem patrocinador executivo.',
  raciDecision: 'Decisão',
  raciA: 'Decide (A)',
  raciR: 'Executa (R)',
  raciC: 'É consultado (C)',
  raciI: 'É informado (I)',
  raciNobody: '—',
  raciEmpty: 'A matriz RACI ainda não foi preenchida (ferramenta da equipe da conta).',
  buyerTitle: 'A visão do comprador (Kraljic)',
  buyerIncomplete:
    '{answered} de {total} perguntas respondidas na ferramenta da visão do comprador: o quadrante e o teto de estágio aparecem quando todas as seis estiverem.',
  buyerQuadrant: 'O comprador do cliente vê o que vendemos como {quadrant}.',
  'quadrant.non-critical': 'item não crítico',
  'quadrant.leverage': 'item de alavancagem',
  'quadrant.bottleneck': 'item gargalo',
  'quadrant.strategic': 'item estratégico',
  buyerAxes: 'Impacto no resultado do comprador: {impact} de 5; risco de fornecimento para o comprador: {risk} de 5.',
  buyerCap: 'O relacionamento que essa visão permite: até o estágio {cap}.',
  buyerClosed: 'Fechados enquanto o comprador nos vir assim: {stages}.',
  noStage: 'não definido',
  'verdict.target-above-cap':
    'O estágio-alvo do plano, {target}, está acima do que essa visão permite ({cap}): mude a visão do comprador (aumente, com honestidade, o impacto no resultado ou o risco de fornecimento que ele sente) ou baixe o alvo.',
  'verdict.stage-above-cap':
    'O relacionamento está no estágio {stage}, acima do que essa visão permite ({cap}). Ele se apoia em pessoas e hábitos: um comprador novo ou uma concorrência pode fazê-lo recuar.',
  'verdict.uncoupling': 'O relacionamento está em desunião: a reconstrução começa abaixo deste teto ({cap}).',
  'verdict.no-stage': 'O plano não define o estágio atual: faça o diagnóstico para compará-lo com o teto ({cap}).',
  'verdict.at-cap': 'O relacionamento está no teto ({cap}): o próximo degrau exige, antes, que o comprador nos veja de outro jeito.',
  'verdict.room': 'Há espaço para subir: o relacionamento ({stage}) está abaixo do teto ({cap}).',
};

export default ptBr;
