// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  questionOf: 'Pergunta {n} de {total}',
  scenario: 'Situação',
  check: 'Conferir resposta',
  next: 'Próxima pergunta',
  seeScore: 'Ver sua nota',
  chooseFirst: 'Escolha uma resposta primeiro.',
  progress: '{answered} de {total} {total:pergunta|perguntas} respondidas',
  markRead: 'Marcar esta aula como lida',
  markedRead: 'Aula lida',
  readOn: 'Você marcou esta aula como lida em {date}.',
  marksFailed: 'Não foi possível carregar os comentários: recarregue a página para vê-los.',
  noQuiz: 'Esta aula não tem quiz.',
};

export default ptBr;
