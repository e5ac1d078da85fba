import { describe, expect, it } from 'vitest';
import { assertPaired, pairingProblems, type LocalisedItem } from '../../src/course/pairing.ts';

const lesson = (locale: 'en' | 'pt-br', id: string, order: number): LocalisedItem => ({
  locale,
  id,
  order,
  source: `${locale}/${String(order).padStart(2, '0')}-${id}.mdx`,
});

const quiz = (locale: 'en' | 'pt-br', id: string, questionIds: string[], answers: number[]): LocalisedItem => ({
  locale,
  id,
  questionIds,
  answers,
  source: `${locale}/${id}.json`,
});

describe('pairingProblems', () => {
  it('accepts a course paired in both languages', () => {
    const items = [
      lesson('en', 'what-is-kam', 1),
      lesson('pt-br', 'what-is-kam', 1),
      lesson('en', 'pareto', 2),
      lesson('pt-br', 'pareto', 2),
    ];
    expect(pairingProblems(items, 'lesson')).toEqual([]);
    expect(() => assertPaired(items, 'lesson')).not.toThrow();
  });

  it('reports a lesson missing in one language, naming the file that exists', () => {
    const problems = pairingProblems(
      [lesson('en', 'what-is-kam', 1), lesson('pt-br', 'what-is-kam', 1), lesson('en', 'pareto', 2)],
      'lesson',
    );
    expect(problems).toEqual(['lesson "pareto" is missing in pt-br (found only en/02-pareto.mdx)']);
  });

  it('reports an id mismatch as two missing lessons (one per language)', () => {
    const problems = pairingProblems([lesson('en', 'what-is-kam', 1), lesson('pt-br', 'o-que-e-kam', 1)], 'lesson');
    expect(problems).toHaveLength(2);
    expect(problems).toContain('lesson "what-is-kam" is missing in pt-br (found only en/01-what-is-kam.mdx)');
    expect(problems).toContain('lesson "o-que-e-kam" is missing in en (found only pt-br/01-o-que-e-kam.mdx)');
  });

  it('reports a lesson whose order differs between languages', () => {
    const problems = pairingProblems(
      [lesson('en', 'a', 1), lesson('pt-br', 'a', 2), lesson('en', 'b', 2), lesson('pt-br', 'b', 1)],
      'lesson',
    );
    expect(problems).toContain('lesson "a" has order 1 in en but 2 in pt-br');
    expect(problems).toContain('lesson "b" has order 2 in en but 1 in pt-br');
  });

  it('reports two lessons sharing an order in one language, and a duplicate id', () => {
    const problems = pairingProblems(
      [lesson('en', 'a', 1), lesson('en', 'b', 1), lesson('pt-br', 'a', 1), lesson('pt-br', 'b', 1)],
      'lesson',
    );
    expect(problems).toContain('lessons "a" and "b" share order 1 in en');
    expect(problems).toContain('lessons "a" and "b" share order 1 in pt-br');
    const dup = pairingProblems(
      [lesson('en', 'a', 1), { ...lesson('en', 'a', 1), source: 'en/copy.mdx' }, lesson('pt-br', 'a', 1)],
      'lesson',
    );
    expect(dup).toContain('lesson "a" appears twice in en: en/01-a.mdx and en/copy.mdx');
  });

  it('reports quizzes whose question ids or answer keys differ between languages', () => {
    const ids = pairingProblems([quiz('en', 'pareto', ['q1', 'q2'], [0, 1]), quiz('pt-br', 'pareto', ['q1', 'q3'], [0, 1])], 'quiz');
    expect(ids).toEqual(['quiz "pareto" has questions [q1,q2] in en but [q1,q3] in pt-br']);
    const answers = pairingProblems([quiz('en', 'pareto', ['q1', 'q2'], [0, 1]), quiz('pt-br', 'pareto', ['q1', 'q2'], [0, 2])], 'quiz');
    expect(answers).toEqual(['quiz "pareto" has different answer keys in en and pt-br']);
    const missing = pairingProblems([quiz('pt-br', 'pareto', ['q1'], [0])], 'quiz');
    expect(missing).toEqual(['quiz "pareto" is missing in en (found only pt-br/pareto.json)']);
  });

  it('assertPaired throws one error listing every problem', () => {
    expect(() => assertPaired([lesson('en', 'a', 1), lesson('pt-br', 'b', 1)], 'lesson')).toThrow(
      /not paired across languages:\n - lesson "a" is missing in pt-br[\s\S]*lesson "b" is missing in en/,
    );
  });
});
