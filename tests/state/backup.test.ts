import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  $assessments,
  $portfolio,
  $progress,
  $settings,
  BACKUP_MAX_CHARS,
  SCHEMA_VERSION,
  addClients,
  applyBackup,
  backupDownload,
  currentData,
  exportBackup,
  listKeptCopies,
  markLessonRead,
  readBackup,
  readBackupFile,
  resetAllData,
  saveDiagnosis,
  saveQuizAnswer,
  saveQuizResult,
  setCandidates,
  setKeyAccounts,
  setSegments,
  storageUsage,
  updateSettings,
} from '../../src/state/index.ts';
import type { Backup } from '../../src/state/index.ts';
import { emptyAccountPlan } from '../../src/domain/index.ts';
import { envelope, fixtureText, freshStorage } from './helpers.ts';

const seg = {
  id: 's1',
  name: 'Retail',
  revenueNow: 1,
  revenueIn3Years: 2,
  attractivenessNow: 5,
  strengthNow: 5,
  attractivenessIn3Years: 6,
  strengthIn3Years: 6,
};

function fillSomeData(): void {
  updateSettings({ userName: 'Marina', currency: 'BRL' });
  addClients([
    { key: 'a', name: 'Alfa', revenue: 1000 },
    { key: 'b', name: 'Beta', revenue: 500, segment: 'Retail', firstPurchase: '2024-02-29' },
  ]);
  setKeyAccounts(['a'], true);
  setCandidates(['b'], true);
  saveDiagnosis('a', { answers: { share: 'mid' }, signals: [], stage: 'mid', id: 'd1', date: '2026-01-01' });
  setSegments([seg]);
  markLessonRead('01', '2026-01-02');
  saveQuizResult('01', { score: 2, total: 3, answers: { q: 'a' }, date: '2026-01-02' });
}

function okBackup(text: string): Backup {
  const r = readBackup(text);
  if (!r.ok) throw new Error(`backup refused: ${r.code}`);
  return r.backup;
}

describe('export → read → apply', () => {
  it('round-trips everything exactly', () => {
    freshStorage();
    fillSomeData();
    const before = currentData();
    const text = exportBackup(new Date('2026-03-01T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({ app: 'kam-academy', schemaVersion: SCHEMA_VERSION, exportedAt: '2026-03-01T10:00:00.000Z' });

    const read = readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.summary).toMatchObject({
      fileSchemaVersion: SCHEMA_VERSION,
      userName: 'Marina',
      counts: { clients: 2, keyAccounts: 1, accountsAssessed: 1, diagnoses: 1, plans: 0, segments: 1, lessonsRead: 1, quizzes: 1 },
    });

    const storage = freshStorage();
    expect($portfolio.get().clients).toEqual([]);
    expect(applyBackup(read.backup, 'replace')).toMatchObject({ ok: true });
    expect(currentData()).toEqual(before);
    // The key-account candidate flag survives the backup.
    expect($portfolio.get().clients.find((c) => c.key === 'b')!.candidate).toBe(true);
    // …and it is in storage, not only in memory.
    freshStorage(storage.snapshot());
    expect(currentData()).toEqual(before);
  });

  it('names the file by date', () => {
    freshStorage();
    expect(backupDownload(new Date(2026, 2, 1, 12)).fileName).toBe('kam-academy-backup-2026-03-01.json');
  });

  it('replace resets stores the file does not have; merge leaves them', () => {
    freshStorage();
    fillSomeData();
    const partial = JSON.stringify({
      app: 'kam-academy',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
      data: { segments: [] },
    });
    applyBackup(okBackup(partial), 'merge');
    expect($portfolio.get().clients).toHaveLength(2);
    applyBackup(okBackup(partial), 'replace');
    expect($portfolio.get().clients).toHaveLength(0);
    expect($settings.get().userName).toBe('');
  });

  it('merge adds what the file has and keeps what is here', () => {
    freshStorage();
    fillSomeData();
    const theirs = JSON.stringify({
      app: 'kam-academy',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-04-01T00:00:00.000Z',
      data: {
        settings: { currency: 'USD', numberFormat: 'en', userName: 'Other', keyAccountCapacity: 2 },
        portfolio: {
          clients: [
            { key: 'b', name: 'Beta 2', revenue: 700, keyAccount: false },
            { key: 'c', name: 'Gama', revenue: 1, keyAccount: true },
          ],
          monthlySales: [],
        },
        assessments: {
          a: {
            diagnoses: [{ id: 'd2', date: '2025-12-01', answers: {}, signals: [], stage: 'early' }],
            uncoupling: null,
            matrixScores: { volume: 3 },
            fitCost: null,
            plans: [],
          },
        },
        progress: {
          lessonsRead: { '01': '2025-12-31', '02': '2026-01-05' },
          quizzes: { '01': { score: 1, total: 3, answers: {}, date: '2025-01-01' } },
          learnerName: 'X',
        },
      },
    });
    expect(applyBackup(okBackup(theirs), 'merge')).toMatchObject({ ok: true });
    expect($settings.get()).toMatchObject({ userName: 'Marina', currency: 'BRL' });
    expect($portfolio.get().clients.map((c) => `${c.key}:${c.name}`)).toEqual(['a:Alfa', 'b:Beta 2', 'c:Gama']);
    expect($assessments.get().a!.diagnoses.map((d) => d.id)).toEqual(['d2', 'd1']);
    expect($progress.get().lessonsRead).toEqual({ '01': '2025-12-31', '02': '2026-01-05' });
    expect($progress.get().quizzes['01']!.score).toBe(2); // ours is newer
  });

  it('keeps unfinished quiz answers: a backup carries them, merge keeps the newer attempt per lesson', () => {
    freshStorage();
    saveQuizAnswer('pareto', 'class-at-95', 1, '2026-02-01T10:00:00.000Z');
    saveQuizAnswer('stages', 'diagnose-clinic', 2, '2026-02-03T10:00:00.000Z');
    const text = exportBackup();
    expect(JSON.parse(text).data.progress.quizAnswers).toEqual({
      pareto: { answers: { 'class-at-95': '1' }, date: '2026-02-01T10:00:00.000Z' },
      stages: { answers: { 'diagnose-clinic': '2' }, date: '2026-02-03T10:00:00.000Z' },
    });

    // Replace in a fresh browser: the attempts come back as they were.
    freshStorage();
    expect(applyBackup(okBackup(text), 'replace')).toMatchObject({ ok: true });
    expect($progress.get().quizAnswers['pareto']?.answers).toEqual({ 'class-at-95': '1' });

    // Merge: per lesson the newer attempt wins; an attempt older than that lesson's finished result is dropped.
    freshStorage();
    saveQuizAnswer('pareto', 'class-a-is-a-shortlist', 0, '2026-02-05T10:00:00.000Z');
    saveQuizResult('stages', { score: 6, total: 7, answers: {}, date: '2026-02-04T10:00:00.000Z' });
    expect(applyBackup(okBackup(text), 'merge')).toMatchObject({ ok: true });
    expect($progress.get().quizAnswers).toEqual({
      pareto: { answers: { 'class-a-is-a-shortlist': '0' }, date: '2026-02-05T10:00:00.000Z' },
    });
    expect($progress.get().quizzes['stages']?.score).toBe(6);
  });

  it('a failed write while restoring puts every store back as it was', () => {
    const storage = freshStorage();
    fillSomeData();
    const snapshot = storage.snapshot();
    const before = currentData();
    const text = exportBackup();
    const other = okBackup(text.replace('"Marina"', '"Changed"').replace('"Alfa"', '"Changed too"'));
    const original = storage.setItem.bind(storage);
    let writes = 0;
    storage.setItem = (k, v) => {
      if (k === 'kam:portfolio' && ++writes === 1) {
        const e = new Error('full');
        e.name = 'QuotaExceededError';
        throw e;
      }
      original(k, v);
    };
    expect(applyBackup(other, 'replace')).toEqual({ ok: false, code: 'write-failed', store: 'portfolio' });
    storage.setItem = original;
    expect(storage.snapshot()).toEqual(snapshot);
    expect(currentData()).toEqual(before);
  });

  it('refuses to restore over data from a newer version', () => {
    freshStorage({ 'kam:progress': envelope({ lessonsRead: {}, quizzes: {}, learnerName: '' }, SCHEMA_VERSION + 1) });
    const text = exportBackup();
    freshStorage({ 'kam:progress': envelope({ lessonsRead: {}, quizzes: {}, learnerName: '' }, SCHEMA_VERSION + 1) });
    expect(applyBackup(okBackup(text), 'replace')).toEqual({ ok: false, code: 'read-only', store: 'progress' });
  });
});

describe('readBackup rejections', () => {
  const valid = () => JSON.parse(fixtureText('v1/backup.json'));
  const cases: [string, string, string][] = [
    ['empty', '', 'empty'],
    ['whitespace', '  \n', 'empty'],
    ['truncated', fixtureText('v1/backup.json').slice(0, 200), 'invalid-json'],
    ['not JSON', 'hello', 'invalid-json'],
    ['an array', '[]', 'not-a-backup'],
    ['another app', JSON.stringify({ ...valid(), app: 'excalidraw' }), 'not-a-backup'],
    ['no data', JSON.stringify({ ...valid(), data: null }), 'not-a-backup'],
    ['no known store', JSON.stringify({ ...valid(), data: { other: 1 } }), 'not-a-backup'],
    ['newer version', JSON.stringify({ ...valid(), schemaVersion: SCHEMA_VERSION + 1 }), 'newer-version'],
    ['version as text', JSON.stringify({ ...valid(), schemaVersion: '1' }), 'invalid-version'],
    ['version 0', JSON.stringify({ ...valid(), schemaVersion: 0 }), 'invalid-version'],
    [
      '__proto__ key',
      fixtureText('v1/backup.json').replace('"settings": {', '"settings": { "__proto__": { "polluted": true },'),
      'hostile',
    ],
    ['constructor.prototype', JSON.stringify({ ...valid(), constructor: { prototype: { polluted: true } } }), 'hostile'],
    ['absurd nesting', `{"app":"kam-academy","x":${'['.repeat(500)}${']'.repeat(500)}}`, 'hostile'],
  ];
  it.each(cases)('%s', (_name, text, code) => {
    const r = readBackup(text);
    expect(r).toMatchObject({ ok: false, code });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong types name the store', () => {
    freshStorage();
    const file = JSON.parse(exportBackup());
    file.data.portfolio = { clients: [{ key: 'a', name: 'A', revenue: '12', keyAccount: 'yes' }], monthlySales: [] };
    expect(readBackup(JSON.stringify(file))).toEqual({ ok: false, code: 'invalid-data', store: 'portfolio' });
  });

  it.each([['x'], ['2026-13-45T00:00:00Z'], ['yesterday'], ['2026-02-30']])(
    'refuses an export date that is not a date (%s)',
    (exportedAt) => {
      expect(readBackup(JSON.stringify({ ...valid(), exportedAt }))).toEqual({ ok: false, code: 'invalid-date' });
    },
  );

  it('refuses ids that are not in the domain’s lists, naming the id and the store', () => {
    freshStorage();
    const file = JSON.parse(exportBackup());
    const plan = {
      ...emptyAccountPlan('a', 'Alfa', 2026, '2026-01-01T00:00:00.000Z'),
      risks: [{ id: 'r1', text: 'Risk', causeId: 'constructor' }],
    };
    file.data.assessments = { a: { diagnoses: [], uncoupling: null, matrixScores: {}, fitCost: null, plans: [plan] } };
    expect(readBackup(JSON.stringify(file))).toEqual({ ok: false, code: 'unknown-id', store: 'assessments', detail: 'constructor' });
    plan.risks[0]!.causeId = 'trust-breach';
    expect(readBackup(JSON.stringify(file)).ok).toBe(true);
    const diagnosis = { id: 'd1', date: '2026-01-01', answers: { 'not-a-question': 'x' }, signals: [], stage: 'mid' };
    file.data.assessments.a.diagnoses = [diagnosis];
    expect(readBackup(JSON.stringify(file))).toMatchObject({ ok: false, code: 'unknown-id', detail: 'not-a-question' });
    file.data.assessments.a.diagnoses = [{ ...diagnosis, answers: {}, signals: ['no-such-signal'] }];
    expect(readBackup(JSON.stringify(file))).toMatchObject({ ok: false, code: 'unknown-id', detail: 'no-such-signal' });
  });

  it('refuses a huge file before parsing it', async () => {
    const huge = `{"app":"kam-academy","pad":"${'x'.repeat(BACKUP_MAX_CHARS)}"}`;
    expect(readBackup(huge)).toEqual({ ok: false, code: 'too-large' });
    const blob = new Blob(['x'.repeat(BACKUP_MAX_CHARS * 2 + 1)]);
    expect(await readBackupFile(blob)).toEqual({ ok: false, code: 'too-large' });
    expect(await readBackupFile(new Blob([fixtureText('v1/backup.json')]))).toMatchObject({ ok: true });
  });

  it('accepts a BOM and an older version, migrating it', () => {
    const r = readBackup(`\uFEFF${fixtureText('v1/backup.json')}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.backup.data.portfolio!.clients[0]!.revenue).toBe(1234567.89);
  });
});

describe('properties', () => {
  it('readBackup never throws on any input and applying nothing changes nothing', () => {
    const storage = freshStorage();
    fillSomeData();
    const snapshot = storage.snapshot();
    const validText = exportBackup();
    const mutated = fc
      .tuple(fc.nat({ max: validText.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }))
      .map(([at, cut, insert]) => validText.slice(0, at) + insert + validText.slice(at + cut));
    const anyJson = fc.jsonValue().map((v) => JSON.stringify(v));
    const wrapped = fc
      .jsonValue()
      .map((data) => JSON.stringify({ app: 'kam-academy', schemaVersion: SCHEMA_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', data }));
    const perStore = fc
      .record(
        { settings: fc.anything(), portfolio: fc.anything(), assessments: fc.anything(), progress: fc.anything() },
        { requiredKeys: [] },
      )
      .map((data) => {
        try {
          return JSON.stringify({ app: 'kam-academy', schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', data });
        } catch {
          return '{}';
        }
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyJson, wrapped, perStore, mutated), (text) => {
        const r = readBackup(text);
        if (r.ok) {
          // A mutation that still parses and validates is a legitimate backup; nothing to check here.
          return;
        }
        expect(typeof r.code).toBe('string');
        expect(storage.snapshot()).toEqual(snapshot);
      }),
      { numRuns: 400 },
    );
    expect(storage.snapshot()).toEqual(snapshot);
  });

  it('applyBackup given invalid data (bypassing readBackup) refuses it and changes nothing', () => {
    let storage = freshStorage();
    fillSomeData();
    const snapshot = storage.snapshot();
    const before = currentData();
    const valid = okBackup(exportBackup()).data;
    const original = console.error;
    console.error = () => undefined;
    try {
      fc.assert(
        fc.property(
          fc.constantFrom('settings', 'portfolio', 'assessments', 'matrixConfig', 'segments', 'progress'),
          fc.anything(),
          fc.constantFrom('replace' as const, 'merge' as const),
          (name, junk, mode) => {
            const data = { ...valid, [name]: junk };
            const r = applyBackup(
              { app: 'kam-academy', fileSchemaVersion: SCHEMA_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', data } as Backup,
              mode,
            );
            if (r.ok) {
              storage = freshStorage(snapshot); // the junk happened to be valid: start again from the same data
              return;
            }
            expect(storage.snapshot()).toEqual(snapshot);
            expect(currentData()).toEqual(before);
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      console.error = original;
    }
  });

  it('any valid portfolio survives export → read → apply unchanged', () => {
    const clientArb = fc.record(
      {
        key: fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== '__proto__'),
        name: fc.string({ maxLength: 30 }),
        revenue: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => (Object.is(v, -0) ? 0 : v)),
        keyAccount: fc.boolean(),
        notes: fc.string({ maxLength: 50 }),
      },
      { requiredKeys: ['key', 'name', 'revenue', 'keyAccount'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(clientArb, { selector: (c) => c.key, maxLength: 15 }), (clients) => {
        freshStorage();
        expect(addClients(clients).result).toEqual({ ok: true });
        const before = currentData();
        const backup = okBackup(exportBackup());
        resetAllData();
        expect($portfolio.get().clients).toEqual([]);
        expect(applyBackup(backup, 'replace')).toMatchObject({ ok: true });
        expect(currentData()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('reset and space', () => {
  it('reset removes every store and kept copy; other keys are not ours', () => {
    const storage = freshStorage({ 'kam:quarantine:settings:1': 'x', 'someone-else': 'keep me' });
    fillSomeData();
    expect(storageUsage().bytes).toBeGreaterThan(0);
    expect(listKeptCopies()).toMatchObject([{ key: 'kam:quarantine:settings:1', kind: 'quarantine', store: 'settings' }]);
    expect(resetAllData()).toMatchObject({ ok: true, readOnly: [], failed: [] });
    expect(storage.snapshot()).toEqual({ 'someone-else': 'keep me' });
    expect(currentData().portfolio.clients).toEqual([]);
    expect(storageUsage()).toEqual({ bytes: 0, keys: [] });
  });

  it('reset leaves data from a newer version alone', () => {
    const raw = envelope({ clients: [], monthlySales: [] }, SCHEMA_VERSION + 1);
    const storage = freshStorage({ 'kam:portfolio': raw });
    expect(resetAllData()).toMatchObject({ readOnly: ['portfolio'] });
    expect(storage.getItem('kam:portfolio')).toBe(raw);
  });

  it('counts bytes as browsers do (UTF-16, key + value)', () => {
    freshStorage({ 'kam:x': 'abc' });
    expect(storageUsage()).toEqual({ bytes: (5 + 3) * 2, keys: [{ key: 'kam:x', bytes: 16 }] });
  });
});
