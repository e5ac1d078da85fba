// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { freshStorage } from '../state/helpers.ts';
import { $progress } from '../../src/state/index.ts';
import { saveQuizAnswer, saveQuizResult } from '../../src/state/progressActions.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import Quiz, { preloadQuizMarks } from '../../src/widgets/quiz/Quiz.tsx';
import { isPassing, knownChoices, type QuizItem } from '../../src/widgets/quiz/scoring.ts';

const QUESTIONS: QuizItem[] = [
  {
    id: 'q1',
    kind: 'recall',
    prompt: 'Which clients are key accounts?',
    options: [
      { text: 'Every client', feedback: 'Too many: KAM focuses on a few.' },
      { text: 'The few that matter most', feedback: 'Yes: the clients the business depends on.' },
    ],
    answer: 1,
  },
  {
    id: 'q2',
    kind: 'application',
    scenario: 'Ana sells to 40 shops; 6 make 80 % of her revenue.',
    prompt: 'Where should she start?',
    options: [
      { text: 'With the 6 shops', feedback: 'Right: the Pareto law points at them.' },
      { text: 'With the smallest shop', feedback: 'The smallest shop is rarely a key account.' },
      { text: 'With a discount for all', feedback: 'A blanket discount is not KAM.' },
    ],
    answer: 0,
  },
];

const group = (n: number) => screen.getAllByRole('group')[n - 1]!;
const radio = (n: number, option: string) => within(group(n)).getByRole('radio', { name: new RegExp(`^${option}`) });
const check = (n: number) => fireEvent.click(within(group(n)).getByRole('button', { name: 'Check answer' }));

describe('Quiz', () => {
  // The feedback and score are fetched on the first choice; fetched once here, they render at once.
  beforeAll(() => preloadQuizMarks());
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('explains a wrong answer, shows the right one, then confirms a right answer and saves the score', () => {
    const { container } = render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    const root = container.querySelector('[data-widget="quiz"]')!;
    expect(root.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect($progress.get().lastLesson).toBe('pareto');

    // Q1: wrong.
    fireEvent.click(radio(1, 'Every client'));
    check(1);
    const feedback1 = group(1).querySelector('[data-feedback]')!;
    expect(feedback1.getAttribute('role')).toBe('status');
    expect(feedback1.textContent).toContain('Not quite. Too many: KAM focuses on a few.');
    expect(feedback1.textContent).toContain('The right answer is: The few that matter most — Yes: the clients the business depends on.');
    expect(group(1).getAttribute('data-result')).toBe('wrong');
    expect(within(group(1)).getByText('(your answer)')).toBeTruthy();
    expect(within(group(1)).getByText('(right answer)')).toBeTruthy();
    for (const r of within(group(1)).getAllByRole('radio')) expect((r as HTMLInputElement).disabled).toBe(true);
    expect(within(group(1)).getByRole('button', { name: 'Next question' })).toBeTruthy();
    // Not saved until every question is answered.
    expect($progress.get().quizzes['pareto']).toBeUndefined();

    // Q2 (scenario, described by its text): right.
    expect(group(2).getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group(2).getAttribute('aria-describedby')!)?.textContent).toContain('Ana sells to 40 shops');
    fireEvent.click(radio(2, 'With the 6 shops'));
    check(2);
    expect(group(2).querySelector('[data-feedback]')!.textContent).toContain('Correct. Right: the Pareto law points at them.');
    expect(group(2).querySelector('[data-feedback]')!.textContent).not.toContain('The right answer is');

    // Score: 1 of 2, not passed, saved with the answers; the lesson is marked read.
    const score = screen.getByRole('heading', { name: 'Your score' }).closest('section')!;
    expect(score.textContent).toContain('You answered 1 of 2 questions correctly (50%).');
    expect(score.textContent).toContain('You need 70% to pass');
    expect(root.getAttribute('data-state')).toBe('failed');
    const saved = $progress.get().quizzes['pareto']!;
    expect([saved.score, saved.total, saved.answers]).toEqual([1, 2, { q1: '0', q2: '0' }]);
    expect($progress.get().lessonsRead['pareto']).toBeTruthy();
  });

  it('asks for an answer before checking', () => {
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    check(1);
    expect(group(1).textContent).toContain('Choose an answer first.');
    expect(group(1).getAttribute('data-result')).toBe('open');
    expect(document.activeElement).toBe(radio(1, 'Every client'));
  });

  it('retries: clears the answers, keeps the saved score until the new attempt replaces it', () => {
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    fireEvent.click(radio(1, 'Every client'));
    check(1);
    fireEvent.click(radio(2, 'With the smallest shop'));
    check(2);
    expect($progress.get().quizzes['pareto']?.score).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Retry the quiz' }));
    expect(screen.queryByRole('heading', { name: 'Your score' })).toBeNull();
    for (const r of screen.getAllByRole('radio')) {
      expect((r as HTMLInputElement).checked).toBe(false);
      expect((r as HTMLInputElement).disabled).toBe(false);
    }
    expect(document.activeElement).toBe(radio(1, 'Every client'));
    expect($progress.get().quizzes['pareto']?.score).toBe(0);

    fireEvent.click(radio(1, 'The few that matter most'));
    check(1);
    fireEvent.click(radio(2, 'With the 6 shops'));
    check(2);
    expect(screen.getByRole('heading', { name: 'Your score' }).closest('section')!.textContent).toContain(
      'You answered 2 of 2 questions correctly (100%).',
    );
    expect(screen.getByText(/Well done: you passed this quiz/)).toBeTruthy();
    expect($progress.get().quizzes['pareto']).toMatchObject({ score: 2, total: 2, answers: { q1: '1', q2: '0' } });
  });

  it('shows a saved attempt again after a reload, locked, with its score and date', () => {
    saveQuizResult('pareto', { score: 1, total: 2, answers: { q1: '1', q2: '2' }, date: '2026-03-04T10:00:00.000Z' });
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    expect((radio(1, 'The few that matter most') as HTMLInputElement).checked).toBe(true);
    expect((radio(2, 'With a discount for all') as HTMLInputElement).checked).toBe(true);
    expect((radio(2, 'With a discount for all') as HTMLInputElement).disabled).toBe(true);
    expect(group(1).getAttribute('data-result')).toBe('right');
    expect(group(2).getAttribute('data-result')).toBe('wrong');
    // Restored feedback is not a live region (it would be announced on page load).
    expect(group(2).querySelector('[data-feedback]')!.getAttribute('role')).toBeNull();
    expect(group(2).textContent).toContain('A blanket discount is not KAM.');
    const score = screen.getByRole('heading', { name: 'Your score' }).closest('section')!;
    expect(score.textContent).toContain('You answered 1 of 2 questions correctly (50%).');
    expect(score.textContent).toContain('Saved on Mar 4, 2026.');
    expect(screen.getByRole('button', { name: 'Retry the quiz' })).toBeTruthy();
  });

  it('renders a fresh quiz on the server even with a saved attempt (no hydration mismatch)', () => {
    saveQuizResult('pareto', { score: 2, total: 2, answers: { q1: '1', q2: '0' } });
    const html = renderToString(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    expect(html).toContain('data-widget="quiz"');
    expect(html).toContain('data-pagefind-ignore');
    expect(html).not.toContain('checked');
    expect(html).not.toContain('data-score');
  });

  it('ignores a stored answer that no longer fits the question', () => {
    saveQuizResult('pareto', { score: 1, total: 2, answers: { q1: '7', q2: 'x' } });
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    for (const r of screen.getAllByRole('radio')) expect((r as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Your score' })).toBeNull();
  });

  it('keeps a partly answered quiz across a reload and resumes it where it stopped', () => {
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    fireEvent.click(radio(1, 'Every client'));
    check(1);
    expect($progress.get().quizAnswers['pareto']?.answers).toEqual({ q1: '0' });
    expect($progress.get().quizzes['pareto']).toBeUndefined();

    // A reload: the stores read storage again and the island renders from scratch.
    cleanup();
    reloadAllStores();
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    expect((radio(1, 'Every client') as HTMLInputElement).checked).toBe(true);
    expect((radio(1, 'Every client') as HTMLInputElement).disabled).toBe(true);
    expect(group(1).getAttribute('data-result')).toBe('wrong');
    expect(group(1).textContent).toContain('Too many: KAM focuses on a few.');
    expect((radio(2, 'With the 6 shops') as HTMLInputElement).disabled).toBe(false);
    expect(screen.getByText('1 of 2 questions answered')).toBeTruthy();

    // Finishing scores both answers, saves the result and forgets the draft.
    fireEvent.click(radio(2, 'With the 6 shops'));
    check(2);
    expect($progress.get().quizzes['pareto']).toMatchObject({ score: 1, total: 2, answers: { q1: '0', q2: '0' } });
    expect($progress.get().quizAnswers['pareto']).toBeUndefined();
  });

  it('resumes only the answers to questions that still exist', () => {
    saveQuizAnswer('pareto', 'old-question', 1);
    saveQuizAnswer('pareto', 'q2', 0);
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    expect(group(1).getAttribute('data-result')).toBe('open');
    expect(group(2).getAttribute('data-result')).toBe('right');
    expect(knownChoices(QUESTIONS, { 'old-question': '1', q2: '0', q1: '9' })).toEqual({ q2: 0 });
  });

  it('offers one way on at a time: "Next question" on the question just checked, "See your score" once at the end', () => {
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    fireEvent.click(radio(1, 'The few that matter most'));
    check(1);
    expect(screen.getAllByRole('button', { name: 'Next question' })).toHaveLength(1);
    fireEvent.click(radio(2, 'With the 6 shops'));
    check(2);
    expect(screen.queryByRole('button', { name: 'Next question' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'See your score' })).toHaveLength(1);
    expect(within(group(2)).getByRole('button', { name: 'See your score' })).toBeTruthy();
    // The verdict is said once, before the reasoning.
    expect(group(1).querySelector('[data-feedback]')!.textContent).toBe('Correct. Yes: the clients the business depends on.');
  });

  it('a retry forgets the unfinished answers of the earlier attempt', () => {
    saveQuizResult('pareto', { score: 2, total: 2, answers: { q1: '1', q2: '0' } });
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    fireEvent.click(screen.getByRole('button', { name: 'Retry the quiz' }));
    fireEvent.click(radio(1, 'Every client'));
    check(1);
    expect($progress.get().quizAnswers['pareto']?.answers).toEqual({ q1: '0' });
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    cleanup();
    reloadAllStores();
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    // The retry in progress comes back, not the finished attempt (whose score still counts on the progress page).
    expect(group(1).getAttribute('data-result')).toBe('wrong');
    expect(group(2).getAttribute('data-result')).toBe('open');
    expect(screen.queryByRole('heading', { name: 'Your score' })).toBeNull();
    expect($progress.get().quizzes['pareto']?.score).toBe(2);
    fireEvent.click(radio(2, 'With the 6 shops'));
    check(2);
    fireEvent.click(screen.getByRole('button', { name: 'Retry the quiz' }));
    expect($progress.get().quizAnswers['pareto']).toBeUndefined();
  });

  it('says where a score comes from when every question it answered has been replaced', () => {
    saveQuizResult('pareto', { score: 4, total: 5, answers: { 'old-1': '0', 'old-2': '1' }, date: '2026-01-04T10:00:00.000Z' });
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    expect(
      screen.getByText(
        'You scored 4 of 5 on an earlier version of this quiz (Jan 4, 2026); that score still counts. The questions have changed since: answer them to replace it.',
      ),
    ).toBeTruthy();
    for (const r of screen.getAllByRole('radio')) expect((r as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(radio(1, 'The few that matter most'));
    check(1);
    expect(document.querySelector('[data-older-attempt]')).toBeNull();
  });

  it('marks the lesson read and back (undo) with a toggle button', async () => {
    render(<Quiz locale="en" lessonId="pareto" questions={QUESTIONS} />);
    const button = screen.getByRole('button', { name: 'Mark this lesson as read' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    // Store changes reach the island on the next tick (@nanostores/preact batches them).
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect($progress.get().lessonsRead['pareto']).toBeTruthy();
    expect(screen.getByText(/You marked this lesson as read on/)).toBeTruthy();
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect($progress.get().lessonsRead['pareto']).toBeUndefined();
  });

  it('speaks Brazilian Portuguese', () => {
    render(<Quiz locale="pt-br" lessonId="pareto" questions={QUESTIONS} />);
    fireEvent.click(radio(1, 'Every client'));
    fireEvent.click(within(group(1)).getByRole('button', { name: 'Conferir resposta' }));
    expect(group(1).textContent).toContain('Não é bem isso.');
    expect(group(1).textContent).toContain('A resposta certa é: The few that matter most');
    expect(screen.getByText('Pergunta 1 de 2')).toBeTruthy();
  });
});

describe('isPassing', () => {
  it('passes at exactly 70 % and not below', () => {
    expect(isPassing(7, 10)).toBe(true);
    expect(isPassing(6, 10)).toBe(false);
    expect(isPassing(5, 7)).toBe(true); // 71 %
    expect(isPassing(4, 6)).toBe(false); // 67 %
    expect(isPassing(0, 0)).toBe(false);
  });
});
