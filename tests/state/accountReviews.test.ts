import { describe, expect, it } from 'vitest';
import type { AccountReview } from '../../src/domain/index.ts';
import {
  $accountReviews,
  applyBackup,
  deleteReview,
  exportBackup,
  readBackup,
  replaceReviewsOf,
  restoreReview,
  reviewsOf,
  saveReview,
} from '../../src/state/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { freshStorage } from './helpers.ts';

function review(accountKey: string, quarter: string, fields: Partial<AccountReview> = {}): AccountReview {
  return {
    id: `${accountKey}:${quarter}`,
    accountKey,
    quarter,
    date: '2026-04-08',
    stage: 'mid',
    riskScore: 12.5,
    riskLevel: 'low',
    revenueActual: 1000.1,
    revenueGoal: 1200,
    actionsDone: 1,
    actionsDue: 2,
    agenda: ['results'],
    decision: null,
    notes: '',
    updatedAt: '2026-04-08T10:00:00.000Z',
    ...fields,
  };
}

function okRead(text: string) {
  const r = readBackup(text);
  if (!r.ok) throw new Error(`backup refused: ${r.code}`);
  return r.backup;
}

describe('$accountReviews', () => {
  it('starts empty', () => {
    freshStorage();
    expect($accountReviews.get()).toEqual([]);
    expect(reviewsOf('a')).toEqual([]);
  });

  it('round trip: what is written loads again after a reload, oldest quarter first', () => {
    const storage = freshStorage();
    expect(saveReview(review('a', '2026-Q1')).ok).toBe(true);
    saveReview(review('a', '2025-Q4', { date: '2026-01-10' }));
    saveReview(review('b', '2025-Q4'));
    expect(storage.getItem('kam:accountReviews')).toContain('2026-Q1');
    reloadAllStores();
    expect(reviewsOf('a').map((r) => r.quarter)).toEqual(['2025-Q4', '2026-Q1']);
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('saving the same id replaces it; delete and undo put it back exactly', () => {
    freshStorage();
    saveReview(review('a', '2026-Q1'));
    saveReview({ ...review('a', '2026-Q1'), decision: 'keep' });
    expect($accountReviews.get()).toHaveLength(1);
    const before = $accountReviews.get()[0]!;
    expect(before.decision).toBe('keep');
    deleteReview(before.id);
    expect($accountReviews.get()).toEqual([]);
    restoreReview(before.id, before);
    expect($accountReviews.get()).toEqual([before]);
    restoreReview('new', undefined);
    expect($accountReviews.get()).toEqual([before]);
  });

  it('replacing one account’s reviews leaves the others alone', () => {
    freshStorage();
    saveReview(review('a', '2026-Q1'));
    saveReview(review('b', '2026-Q1'));
    replaceReviewsOf('a', [review('a', '2025-Q3'), review('a', '2025-Q4')]);
    expect(reviewsOf('a').map((r) => r.quarter)).toEqual(['2025-Q3', '2025-Q4']);
    expect(reviewsOf('b')).toHaveLength(1);
  });

  it('refuses an invalid review (a quarter 5, an unknown decision) and keeps what was stored', () => {
    freshStorage();
    saveReview(review('a', '2026-Q1'));
    expect(saveReview(review('a', '2026-Q5')).ok).toBe(false);
    expect(saveReview({ ...review('a', '2026-Q2'), decision: 'sell' } as unknown as AccountReview).ok).toBe(false);
    expect($accountReviews.get().map((r) => r.quarter)).toEqual(['2026-Q1']);
  });

  it('hostile account keys go through storage and a backup like any other', () => {
    freshStorage();
    for (const key of ['__proto__', 'constructor', 'toString']) saveReview(review(key, '2026-Q1'));
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    reloadAllStores();
    expect($accountReviews.get().map((r) => r.accountKey)).toEqual(['__proto__', 'constructor', 'toString']);
    freshStorage();
    expect(applyBackup(okRead(text), 'replace').ok).toBe(true);
    expect(reviewsOf('__proto__')).toHaveLength(1);
    expect(reviewsOf('constructor')[0]?.riskScore).toBe(12.5);
  });
});

describe('backup', () => {
  it('export → restore (replace) gives the same reviews', () => {
    freshStorage();
    saveReview(review('a', '2026-Q1'));
    const before = $accountReviews.get();
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    freshStorage();
    const backup = okRead(text);
    expect(backup.data.accountReviews).toEqual(before);
    expect(applyBackup(backup, 'replace').ok).toBe(true);
    expect($accountReviews.get()).toEqual(before);
  });

  it('merge: per review, the one edited last wins; reviews only on one side are kept', () => {
    freshStorage();
    saveReview(review('a', '2026-Q1'));
    saveReview(review('b', '2026-Q1'));
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    file.data.accountReviews = [
      ...file.data.accountReviews!.map((r) =>
        r.accountKey === 'a'
          ? { ...r, decision: 'leave-kam' as const, updatedAt: '2999-01-01T00:00:00.000Z' }
          : { ...r, notes: 'theirs, older', updatedAt: '2000-01-01T00:00:00.000Z' },
      ),
      review('c', '2025-Q4'),
    ];
    saveReview({ ...review('b', '2026-Q1'), notes: 'mine, newer' });
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(reviewsOf('a')[0]?.decision).toBe('leave-kam');
    expect(reviewsOf('b')[0]?.notes).toBe('mine, newer');
    expect(reviewsOf('c')).toHaveLength(1);
  });

  it('a backup written before the store existed restores with the reviews left as they are', () => {
    freshStorage();
    saveReview(review('a', '2026-Q1'));
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    delete file.data.accountReviews;
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(reviewsOf('a')).toHaveLength(1);
  });
});
