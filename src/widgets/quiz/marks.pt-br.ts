// Portuguese (Brazil) texts of marksStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './marks.en';

const ptBr: Dictionary<typeof en> = {
  correct: 'Correto.',
  wrong: 'Não é bem isso.',
  rightAnswerIs: 'A resposta certa é: {answer}',
  yourAnswer: 'sua resposta',
  rightAnswer: 'resposta certa',
  scoreTitle: 'Sua nota',
  score: 'Você acertou {score} de {total} {total:pergunta|perguntas} ({percent}).',
  passed: 'Muito bem: você atingiu a nota de aprovação deste quiz (70% ou mais).',
  failed: 'A aprovação pede 70% de acertos. Releia a aula nos pontos indicados pelos comentários e tente de novo.',
  answersNotSaved:
    'Não foi possível guardar suas respostas neste navegador (armazenamento cheio ou bloqueado): elas se perdem se você sair da página antes de terminar o quiz.',
  olderAttempt:
    'Você acertou {score} de {total} numa versão anterior deste quiz ({date}); essa nota continua valendo. As perguntas mudaram desde então: responda-as para substituí-la.',
  savedOn: 'Salvo em {date}.',
  notSaved:
    'Não foi possível salvar sua nota neste navegador (armazenamento cheio ou bloqueado). Ela aparece aqui até você sair da página.',
  retry: 'Refazer o quiz',
  progressLink: 'Ver seu progresso no curso',
};

export default ptBr;
