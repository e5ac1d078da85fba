// Portuguese (Brazil) texts of detailStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './detailStrings.en';

const ptBr: Dictionary<typeof en> = {
  resultStage: 'Este relacionamento está no estágio {stage}.',
  resultUncoupling: 'Este relacionamento está no estágio {stage}: o cliente já decidiu reduzir ou encerrar os negócios.',
  resultPartial: 'Com base em {n} de {total} {total:resposta|respostas}: responda as demais para um resultado mais firme.',
  resultLadderBehind: 'Fora a ruptura, as respostas o colocam no estágio {stage} da escada.',
  pointedTitle: 'Para onde apontou cada resposta',
  pointedQuestion: 'Pergunta',
  pointedAnswer: 'Sua resposta',
  pointedStage: 'Aponta para',
  notAnswered: 'sem resposta',
  spreadTitle: 'Suas respostas divergem',
  spreadText:
    'As respostas cobrem {steps} degraus: de {low} ({lowQuestions}) a {high} ({highQuestions}). Um relacionamento avançado em alguns pontos e atrasado em outros (por exemplo, contatos em diamante mas decisão por preço) é instável: trabalhe primeiro nos pontos que ficaram para trás.',
  targetReached: 'O relacionamento está na meta que você escolheu ou acima dela. Mantenha-o aí: não gaste além do que a conta vale.',
  targetSteps: 'Para chegar ao estágio {target}: {steps}.',
  targetAboveCap:
    'A visão que o comprador tem de você (Kraljic) permite até o estágio {cap}: o estágio {target} está acima. Mude como o comprador vê você antes de mirar lá, ou baixe o alvo.',
  buyerViewLink: 'Abrir a visão do comprador',
  moveUpTitle: 'O que é preciso para subir um degrau',
  moveUpTo: 'Do estágio {from} para o estágio {to}',
  moveUpTop: 'O Synergistic-KAM é o degrau mais alto: agora o trabalho é manter o relacionamento vivo e evitar o desgaste.',
  savedToday:
    'Salvo com a data de hoje. Mudanças feitas hoje atualizam este registro; um diagnóstico em outro dia acrescenta um novo ao histórico.',
  'q.business': 'Negócios realizados',
  'q.share': 'Participação nas compras',
  'q.supplier-status': 'Status de fornecedor',
  'q.contacts': 'Padrão de contatos',
  'q.price': 'Base do preço',
  'q.information': 'Troca de informações',
  'q.planning': 'Planejamento conjunto',
  'q.trust': 'Confiança',
  'q.exit': 'Barreiras de saída',
  'q.costs': 'Transparência de custos',
  'q.needs': 'Necessidades atendidas',
  historyDate: 'Data',
  historyStage: 'Estágio',
  historyTarget: 'Meta',
  historyDelete: 'Excluir o diagnóstico de {date}',
  historyCurrent: '(em edição)',
  chartSummary: 'Estágio ao longo do tempo para {account}: {points}.',
  chartSummaryOne: 'Um diagnóstico até agora para {account}: {stage} em {date}. Diagnostique de novo mais tarde para ver a tendência.',
  chartCaption: 'Diagnósticos de {account}',
  chartStageAxis: 'Estágio',
  questionOf: 'Pergunta {n} de {total}',
  previous: 'Pergunta anterior',
  next: 'Próxima pergunta',
  showResult: 'Ver o resultado',
  riskWatch:
    'Atenção: {count} {count:sinal|sinais} de alerta. Converse abertamente sobre {count:ele|eles} com o cliente antes que {count:cresça|cresçam}.',
  riskHigh: 'Risco alto de desunião. Aja agora: use o checklist de desunião para achar as causas e as ações de mitigação.',
  historyDeleted: 'Diagnóstico de {date} excluído.',
  newDiagnosis: 'Começar um novo diagnóstico',
  newDiagnosisHint: 'Recomeça sem respostas; os diagnósticos anteriores continuam no histórico.',
};

export default ptBr;
