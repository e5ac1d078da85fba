/**
 * Quiz scoring and the pass rule, shared by the quiz and the progress widgets.
 * Stored answers are `question id → chosen option index` (as text, the store's format).
 */
export interface QuizOption {
  text: string;
  feedback: string;
}
export interface QuizItem {
  id: string;
  /** `application`: uses the idea on a new account or new numbers; `recall`: checks a definition. */
  kind: 'application' | 'recall';
  scenario?: string | undefined;
  prompt: string;
  options: QuizOption[];
  answer: number;
}

export { isPassing } from '../../domain/quizPass.ts';

/** The option index stored for a question, or undefined when missing or no longer valid. */
function storedChoice(question: QuizItem, answers: Record<string, string>): number | undefined {
  const raw = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  const index = Number(raw);
  return index < question.options.length ? index : undefined;
}

/**
 * The stored answers that still fit the quiz as it is now: question id → option index. Answers to
 * questions removed or renamed since, and indexes past a question's options, are dropped, so a quiz
 * rewritten after the learner answered it never shows a wrong mark on a question they did not see.
 */
export function knownChoices(questions: QuizItem[], answers: Record<string, string>): Record<string, number> {
  const choices: Record<string, number> = {};
  for (const q of questions) {
    const choice = storedChoice(q, answers);
    if (choice !== undefined) choices[q.id] = choice;
  }
  return choices;
}

/** Score of a set of chosen option indexes (question id → index). */
export function scoreChoices(questions: QuizItem[], choices: Record<string, number>): number {
  let score = 0;
  for (const q of questions) if (choices[q.id] === q.answer) score += 1;
  return score;
}

export function choicesToAnswers(choices: Record<string, number>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [id, index] of Object.entries(choices)) answers[id] = String(index);
  return answers;
}
