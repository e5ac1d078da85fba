// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { freshStorage } from '../state/helpers.ts';
import { $progress, setLastLesson, setLearnerName } from '../../src/state/index.ts';
import { markLessonRead, saveQuizResult } from '../../src/state/progressActions.ts';
import Progress from '../../src/widgets/progress/Progress.tsx';
import SelfAssessment from '../../src/widgets/progress/SelfAssessment.tsx';
import { summarise, type CourseLesson } from '../../src/domain/courseSummary.ts';

const LESSONS: CourseLesson[] = [
  { id: 'what-is-kam', order: 1, title: 'What KAM is', href: '/en/lessons/what-is-kam/', questions: 5 },
  { id: 'pareto', order: 2, title: 'Finding key accounts', href: '/en/lessons/pareto/', questions: 10 },
  { id: 'stages', order: 3, title: 'The six stages', href: '/en/lessons/stages/', questions: 6 },
];

const quiz = (score: number, total: number, date = '2026-02-01T09:00:00.000Z') => ({ score, total, answers: {}, date });

describe('summarise', () => {
  beforeEach(() => freshStorage());

  it('starts empty, pointing at the first lesson', () => {
    const s = summarise(LESSONS, $progress.get());
    expect([s.readCount, s.passedCount, s.quizCount, s.overall, s.complete]).toEqual([0, 0, 3, 0, false]);
    expect(s.last).toBeUndefined();
    expect(s.next?.lesson.id).toBe('what-is-kam');
    expect(s.unread.map((l) => l.lesson.id)).toEqual(['what-is-kam', 'pareto', 'stages']);
  });

  it('counts reads and passes (70 % exactly passes), lists what to revisit and what comes next', () => {
    markLessonRead('what-is-kam');
    saveQuizResult('what-is-kam', quiz(5, 5));
    markLessonRead('pareto');
    saveQuizResult('pareto', quiz(7, 10));
    saveQuizResult('stages', quiz(4, 6)); // 67 %: not passed, and not read
    setLastLesson('pareto');
    const s = summarise(LESSONS, $progress.get());
    expect([s.readCount, s.passedCount]).toEqual([2, 2]);
    expect(s.overall).toBeCloseTo(4 / 6);
    expect(s.toRevisit.map((l) => l.lesson.id)).toEqual(['stages']);
    expect(s.quizzesLeft.map((l) => l.lesson.id)).toEqual(['stages']);
    expect(s.last?.lesson.id).toBe('pareto');
    expect(s.next?.lesson.id).toBe('stages');
    expect(s.complete).toBe(false);
    expect(s.completedOn).toBeUndefined();
  });

  it('is complete when every lesson is read and every quiz passed, dated by the last step', () => {
    for (const [i, l] of LESSONS.entries()) {
      markLessonRead(l.id, `2026-01-0${i + 1}T08:00:00.000Z`);
      saveQuizResult(l.id, quiz(l.questions, l.questions, `2026-01-0${i + 2}T08:00:00.000Z`));
    }
    const s = summarise(LESSONS, $progress.get());
    expect(s.complete).toBe(true);
    expect(s.overall).toBe(1);
    expect(s.completedOn).toBe('2026-01-04T08:00:00.000Z');
    expect(s.next).toBeUndefined();
  });

  it('ignores progress about lessons that no longer exist', () => {
    markLessonRead('old-lesson');
    saveQuizResult('old-lesson', quiz(1, 1));
    setLastLesson('old-lesson');
    const s = summarise(LESSONS, $progress.get());
    expect([s.readCount, s.passedCount, s.last]).toEqual([0, 0, undefined]);
  });
});

describe('Progress (course home)', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('greets a newcomer and links to the first lesson and the self-assessment', () => {
    const { container } = render(<Progress locale="en" lessons={LESSONS} assessmentHref="/en/progress/" />);
    expect(container.querySelector('[data-widget="progress"]')).toBeTruthy();
    expect(screen.getByText(/You have not started yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start with lesson 1: What KAM is' }).getAttribute('href')).toBe('/en/lessons/what-is-kam/');
    expect(screen.getByRole('link', { name: 'Your self-assessment and certificate' }).getAttribute('href')).toBe('/en/progress/');
    expect(screen.getByText('You have read 0 of 3 lessons and passed 0 of 3 quizzes.')).toBeTruthy();
  });

  it('renders the defaults on the server even when progress is stored, then the stored state after hydration', async () => {
    markLessonRead('what-is-kam');
    saveQuizResult('what-is-kam', quiz(4, 5));
    setLastLesson('pareto');
    const html = renderToString(<Progress locale="en" lessons={LESSONS} assessmentHref="/en/progress/" />);
    expect(html).toContain('You have read 0 of 3 lessons');
    expect(html).not.toContain('data-read="true"');

    const { container } = render(<Progress locale="en" lessons={LESSONS} assessmentHref="/en/progress/" />);
    await waitFor(() => expect(screen.getByText('You have read 1 of 3 lessons and passed 1 of 3 quizzes.')).toBeTruthy());
    const row = container.querySelector('tr[data-lesson="what-is-kam"]')!;
    expect(row.getAttribute('data-read')).toBe('true');
    expect(row.getAttribute('data-quiz')).toBe('passed');
    expect(within(row as HTMLElement).getByText('4 of 5 (80%)')).toBeTruthy();
    expect(container.querySelector('tr[data-lesson="pareto"]')!.getAttribute('data-quiz')).toBe('none');
    expect(screen.getByRole('heading', { name: 'Continue where you left off' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lesson 2: Finding key accounts' }).getAttribute('href')).toBe('/en/lessons/pareto/');
    const bar = container.querySelector('progress')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['2', '6']);
    expect(screen.getByText('Overall progress: 33%')).toBeTruthy();
  });

  it('follows live changes and speaks Portuguese', async () => {
    render(<Progress locale="pt-br" lessons={LESSONS} assessmentHref="/pt-br/progress/" />);
    expect(screen.getByText(/Você ainda não começou/)).toBeTruthy();
    markLessonRead('what-is-kam');
    setLastLesson('what-is-kam');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Continue de onde parou' })).toBeTruthy());
    expect(screen.getByText('Você leu 1 de 3 aulas e atingiu a nota de aprovação em 0 de 3 quizzes.')).toBeTruthy();
  });
});

describe('SelfAssessment (progress page)', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('lists what remains before the certificate and the topics to revisit', async () => {
    markLessonRead('what-is-kam');
    saveQuizResult('what-is-kam', quiz(3, 5)); // 60 %
    const { container } = render(<SelfAssessment locale="en" lessons={LESSONS} />);
    await waitFor(() => expect(container.querySelector('[data-revisit]')!.getAttribute('data-revisit')).toBe('what-is-kam'));
    expect(screen.getByRole('link', { name: 'Lesson 1: What KAM is' })).toBeTruthy();
    const locked = container.querySelector('[data-certificate-locked]')!;
    expect(locked.textContent).toContain('Read: 2. Finding key accounts; 3. The six stages');
    expect(locked.textContent).toContain('Pass the quiz of: 1. What KAM is; 2. Finding key accounts; 3. The six stages');
    expect(container.querySelector('[data-certificate]')).toBeNull();
  });

  it('saves the name and shows the certificate once everything is passed', async () => {
    for (const l of LESSONS) {
      markLessonRead(l.id, '2026-01-10T08:00:00.000Z');
      saveQuizResult(l.id, quiz(l.questions - 1, l.questions, '2026-01-12T08:00:00.000Z'));
    }
    const { container } = render(<SelfAssessment locale="en" lessons={LESSONS} />);
    const certificate = await waitFor(() => {
      const found = container.querySelector('[data-certificate]');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(screen.getByText('Type your name above to put it on the certificate.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Your name, as it should appear on the certificate'), { target: { value: 'Maria Souza' } });
    expect($progress.get().learnerName).toBe('Maria Souza');
    await waitFor(() => expect(certificate.querySelector('[data-certificate-name]')!.textContent).toBe('Maria Souza'));
    expect(certificate.textContent).toContain('Key Account Management (KAM)');
    expect(certificate.textContent).toContain('2. Finding key accounts');
    expect(certificate.textContent).toContain('9 of 10 (90%)');
    expect(certificate.textContent).toContain('Completed on January 12, 2026');
    expect(screen.getByRole('button', { name: 'Print the certificate' })).toBeTruthy();
    expect(screen.getByText(/Nothing to revisit/)).toBeTruthy();
  });

  it('writes the certificate in Portuguese', async () => {
    setLearnerName('João da Silva');
    for (const l of LESSONS) {
      markLessonRead(l.id, '2026-01-10T08:00:00.000Z');
      saveQuizResult(l.id, quiz(l.questions, l.questions, '2026-01-12T08:00:00.000Z'));
    }
    const { container } = render(<SelfAssessment locale="pt-br" lessons={LESSONS} />);
    await waitFor(() => expect(container.querySelector('[data-certificate]')).toBeTruthy());
    const text = container.querySelector('[data-certificate]')!.textContent ?? '';
    expect(text).toContain('Certificamos que');
    expect(text).toContain('João da Silva');
    expect(text).toContain('Concluído em 12 de janeiro de 2026');
    expect((screen.getByLabelText('Seu nome, como deve aparecer no certificado') as HTMLInputElement).value).toBe('João da Silva');
  });
});
