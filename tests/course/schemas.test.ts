import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { quizSchema } from '../../src/course/schemas.ts';
import { pairingProblems } from '../../src/course/pairing.ts';

const question = {
  id: 'q1',
  kind: 'recall',
  prompt: 'Which one?',
  options: [
    { text: 'A', feedback: 'Because A.' },
    { text: 'B', feedback: 'Because B.' },
  ],
  answer: 1,
};

describe('quizSchema', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizSchema.safeParse({ lesson: 'pareto', questions: [question] }).success).toBe(true);
  });

  it('refuses an answer key past the last option, a kind other than application or recall, and duplicate ids', () => {
    const outOfRange = quizSchema.safeParse({ lesson: 'pareto', questions: [{ ...question, answer: 2 }] });
    expect(outOfRange.success).toBe(false);
    expect(JSON.stringify(outOfRange.error?.issues)).toContain('past the last option');
    expect(quizSchema.safeParse({ lesson: 'pareto', questions: [{ ...question, kind: 'application' }] }).success).toBe(true);
    expect(quizSchema.safeParse({ lesson: 'pareto', questions: [{ ...question, kind: 'scenario' }] }).success).toBe(false);
    expect(quizSchema.safeParse({ lesson: 'pareto', questions: [question, question] }).success).toBe(false);
    expect(quizSchema.safeParse({ lesson: 'pareto', questions: [{ ...question, answer: -1 }] }).success).toBe(false);
  });
});

describe('the course content as written', () => {
  const read = (locale: string) =>
    readdirSync(`content/quizzes/${locale}`).map((file) => {
      const data = quizSchema.parse(JSON.parse(readFileSync(`content/quizzes/${locale}/${file}`, 'utf8')));
      return {
        locale: locale as 'en' | 'pt-br',
        id: data.lesson,
        questionIds: data.questions.map((q) => q.id),
        answers: data.questions.map((q) => q.answer),
        source: `${locale}/${file}`,
        data,
      };
    });

  it('has every quiz valid and paired, with 5 to 8 questions each', () => {
    const all = [...read('en'), ...read('pt-br')];
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(pairingProblems(all, 'quiz')).toEqual([]);
    for (const quiz of all) {
      expect(quiz.data.questions.length, quiz.source).toBeGreaterThanOrEqual(5);
      expect(quiz.data.questions.length, quiz.source).toBeLessThanOrEqual(8);
    }
  });
});
