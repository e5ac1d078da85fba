import type { Dictionary, Locale } from '../../i18n/locales';

const en = {
  intro: 'Choose an answer for each question and check it: you will see why each option is right or wrong. Your score is saved in this browser only.',
  questionOf: 'Question {n} of {total}',
  scenario: 'Scenario',
  check: 'Check answer',
  next: 'Next question',
  seeScore: 'See your score',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct.',
  wrong: 'Not quite.',
  rightAnswerIs: 'The right answer is: {answer}',
  yourAnswer: 'your answer',
  rightAnswer: 'right answer',
  progress: '{answered} of {total} questions answered',
  scoreTitle: 'Your score',
  score: 'You answered {score} of {total} questions correctly ({percent}).',
  passed: 'Well done: you passed this quiz (70% or more).',
  failed: 'You need 70% to pass. Read the lesson again where the feedback points, then retry.',
  savedOn: 'Saved on {date}.',
  notSaved: 'Your score could not be saved in this browser (storage is full or blocked). It is shown here until you leave the page.',
  retry: 'Retry the quiz',
  progressLink: 'See your course progress',
  markRead: 'Mark this lesson as read',
  markedRead: 'Lesson read',
  readOn: 'You marked this lesson as read on {date}.',
  markUnread: 'Mark as not read',
  noQuiz: 'This lesson has no quiz.',
} as const;

const ptBr: Dictionary<typeof en> = {
  intro: 'Escolha uma resposta para cada pergunta e confira: você verá por que cada opção está certa ou errada. Sua nota fica salva só neste navegador.',
  questionOf: 'Pergunta {n} de {total}',
  scenario: 'Situação',
  check: 'Conferir resposta',
  next: 'Próxima pergunta',
  seeScore: 'Ver sua nota',
  chooseFirst: 'Escolha uma resposta primeiro.',
  correct: 'Correto.',
  wrong: 'Não é bem isso.',
  rightAnswerIs: 'A resposta certa é: {answer}',
  yourAnswer: 'sua resposta',
  rightAnswer: 'resposta certa',
  progress: '{answered} de {total} perguntas respondidas',
  scoreTitle: 'Sua nota',
  score: 'Você acertou {score} de {total} perguntas ({percent}).',
  passed: 'Muito bem: você atingiu a nota de aprovação deste quiz (70 % ou mais).',
  failed: 'A aprovação pede 70 % de acertos. Releia a aula nos pontos indicados pelos comentários e tente de novo.',
  savedOn: 'Salvo em {date}.',
  notSaved: 'Não foi possível salvar sua nota neste navegador (armazenamento cheio ou bloqueado). Ela aparece aqui até você sair da página.',
  retry: 'Refazer o quiz',
  progressLink: 'Ver seu progresso no curso',
  markRead: 'Marcar esta aula como lida',
  markedRead: 'Aula lida',
  readOn: 'Você marcou esta aula como lida em {date}.',
  markUnread: 'Marcar como não lida',
  noQuiz: 'Esta aula não tem quiz.',
};

export const STRINGS: Record<Locale, Dictionary<typeof en>> = { en, 'pt-br': ptBr };

/** `{name}` placeholders filled in; unknown placeholders are left as they are. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
