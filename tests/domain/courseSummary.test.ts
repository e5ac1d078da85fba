import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/domain/courseSummary.ts';
import type { CourseLesson, ProgressRecord } from '../../src/domain/courseSummary.ts';

const lesson = (order: number, beyondArticle = false): CourseLesson => ({
  id: `l${order}`,
  order,
  title: `Lesson ${order}`,
  href: `/en/lessons/l${order}/`,
  questions: 4,
  ...(beyondArticle ? { beyondArticle } : {}),
});
const article = [1, 2, 3].map((n) => lesson(n));
const done = (ids: string[], date = '2026-02-01'): ProgressRecord => ({
  lessonsRead: Object.fromEntries(ids.map((id) => [id, date])),
  quizzes: Object.fromEntries(ids.map((id) => [id, { score: 4, total: 4, date }])),
});

describe('summarise: lessons beyond the article and the certificate', () => {
  it('a certificate earned on the article’s lessons stays earned when a lesson beyond the article is added', () => {
    const progress = done(['l1', 'l2', 'l3']);
    expect(summarise(article, progress).complete).toBe(true);
    const after = summarise([...article, lesson(11, true)], progress);
    expect(after.complete).toBe(true);
    expect(after.completedOn).toBe('2026-02-01');
    // …and the new lesson is still offered, and counted in the progress.
    expect(after.next?.lesson.id).toBe('l11');
    expect(after.overall).toBeCloseTo(6 / 8);
  });

  it('a new lesson of the article itself is required (the rule is not “ignore new lessons”)', () => {
    expect(summarise([...article, lesson(4)], done(['l1', 'l2', 'l3'])).complete).toBe(false);
  });

  it('the certificate still needs every article lesson, whatever is done beyond it', () => {
    const s = summarise([...article, lesson(11, true)], done(['l1', 'l2', 'l11']));
    expect(s.complete).toBe(false);
    expect(s.next?.lesson.id).toBe('l3');
  });

  it('the completion date is the last article step, not a later lesson beyond it', () => {
    const progress = done(['l1', 'l2', 'l3'], '2026-02-01');
    progress.lessonsRead.l11 = '2026-05-01';
    expect(summarise([...article, lesson(11, true)], progress).completedOn).toBe('2026-02-01');
  });

  it('once everything is done there is no “next”', () => {
    expect(summarise([...article, lesson(11, true)], done(['l1', 'l2', 'l3', 'l11'])).next).toBeUndefined();
  });
});
