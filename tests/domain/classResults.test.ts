import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateClassResults, mergeSubmissions, normaliseName, participantId } from '../../src/domain/classResults.ts';
import type { ClassResultsFile } from '../../src/domain/classResults.ts';
import { STAGE_IDS } from '../../src/domain/index.ts';

function file(participant: string, group: string, extra: Partial<ClassResultsFile> = {}): ClassResultsFile {
  return { participant, group, exportedAt: '2026-03-10T15:00:00.000Z', quizzes: {}, diagnoses: [], uncoupling: [], matrix: [], ...extra };
}

describe('participant identity and duplicates', () => {
  it('compares names trimmed, with spaces collapsed and case-folded', () => {
    expect(normaliseName('  Ana   Souza ')).toBe('ana souza');
    expect(participantId({ participant: 'Ana Souza', group: 'Mesa 1' })).toBe(
      participantId({ participant: ' ana  souza', group: 'MESA 1 ' }),
    );
    expect(participantId({ participant: 'Ana', group: 'Mesa 1' })).not.toBe(participantId({ participant: 'Ana', group: 'Mesa 2' }));
  });

  it('ignores the same export imported twice and keeps the newer export of a participant', () => {
    const a1 = { fileName: 'a.json', results: file('Ana', 'G1') };
    const b = { fileName: 'b.json', results: file('Bruno', 'G1') };
    const aAgain = { fileName: 'a (1).json', results: file('ana', 'g1') };
    const aNewer = { fileName: 'a-new.json', results: file('Ana', 'G1', { exportedAt: '2026-03-10T16:00:00.000Z' }) };
    const aOlder = { fileName: 'a-old.json', results: file('Ana', 'G1', { exportedAt: '2026-03-10T09:00:00.000Z' }) };
    const first = mergeSubmissions([], [a1, b, aAgain]);
    expect(first.accepted.map((s) => s.fileName)).toEqual(['a.json', 'b.json']);
    expect(first.duplicates).toEqual([
      { fileName: 'a (1).json', participant: 'ana', group: 'g1', reason: 'same-export', keptFileName: 'a.json' },
    ]);
    const second = mergeSubmissions(first.accepted, [aNewer, aOlder]);
    expect(second.accepted.map((s) => s.fileName)).toEqual(['a-new.json', 'b.json']);
    expect(second.duplicates.map((d) => [d.fileName, d.reason, d.keptFileName])).toEqual([
      ['a.json', 'older-export', 'a-new.json'],
      ['a-old.json', 'older-export', 'a-new.json'],
    ]);
  });
});

describe('aggregateClassResults', () => {
  const ana = file('Ana', 'Mesa 1', {
    quizzes: { 'what-is-kam': { score: 4, total: 5 }, 'relationship-stages': { score: 3, total: 6 } },
    diagnoses: [
      { account: 'C1', name: 'Rede Boa Compra', stage: 'early' },
      { account: 'C2', name: 'Hospital Santa Clara', stage: 'mid', targetStage: 'partnership' },
    ],
    uncoupling: [
      {
        account: 'C2',
        name: 'Hospital Santa Clara',
        checked: ['single-point-of-contact', 'key-contact-changing', 'late-payments', 'bogus'],
      },
    ],
    matrix: [{ account: 'C1', name: 'Rede Boa Compra', attractiveness: 7, strength: 7.2, quadrant: 'strategic' }],
  });
  const bruno = file('Bruno', 'Mesa 1', {
    quizzes: { 'what-is-kam': { score: 5, total: 5 } },
    diagnoses: [{ account: 'C1', name: 'Rede Boa Compra', stage: 'mid' }],
    uncoupling: [
      { account: 'C2', name: 'Hospital Santa Clara', checked: ['single-point-of-contact'] },
      { account: 'C1', name: 'Rede Boa Compra', checked: [] },
    ],
    matrix: [{ account: 'C1', name: 'Rede Boa Compra', attractiveness: 6, strength: 4, quadrant: 'star' }],
  });
  const carla = file('Carla', 'Mesa 2', {
    quizzes: { 'what-is-kam': { score: 2, total: 5 } },
    diagnoses: [{ account: 'C1', name: 'Rede Boa Compra', stage: 'early' }],
  });
  const r = aggregateClassResults([ana, bruno, carla], {
    lessonOrder: ['what-is-kam', 'finding-key-accounts', 'relationship-stages'],
    accountOrder: ['C2', 'C1'],
  });

  it('counts participants and groups', () => {
    expect(r.participants).toBe(3);
    expect(r.groups).toEqual([
      { group: 'Mesa 1', participants: 2 },
      { group: 'Mesa 2', participants: 1 },
    ]);
  });

  it('gives quiz average, min and max per lesson in course order', () => {
    expect(r.quizzes.map((q) => q.lesson)).toEqual(['what-is-kam', 'relationship-stages']);
    const q1 = r.quizzes[0]!;
    expect(q1.count).toBe(3);
    expect(q1.average).toBeCloseTo((0.8 + 1 + 0.4) / 3, 10);
    expect(q1.min).toBe(0.4);
    expect(q1.max).toBe(1);
    expect(r.quizzes[1]).toEqual({ lesson: 'relationship-stages', count: 1, average: 0.5, min: 0.5, max: 0.5 });
  });

  it('distributes stage diagnoses per account, per group, with the consensus', () => {
    expect(r.stages.map((s) => s.account)).toEqual(['C2', 'C1']);
    const c1 = r.stages[1]!;
    expect(c1.name).toBe('Rede Boa Compra');
    expect(c1.total).toBe(3);
    expect(c1.counts).toEqual({ pre: 0, early: 2, mid: 1, partnership: 0, synergistic: 0, uncoupling: 0 });
    expect(c1.consensus).toBe('early');
    expect(c1.byGroup.map((g) => [g.group, g.total, g.counts.early, g.counts.mid])).toEqual([
      ['Mesa 1', 2, 1, 1],
      ['Mesa 2', 1, 1, 0],
    ]);
    // one vote each way: no consensus
    const split = aggregateClassResults([ana, bruno]).stages.find((s) => s.account === 'C1')!;
    expect(split.consensus).toBeNull();
  });

  it('ranks uncoupling causes by checklists that tick them, ignoring unknown indicators', () => {
    expect(r.checklists).toBe(3);
    expect(r.causes[0]).toEqual({ cause: 'key-personnel-change', external: false, checklists: 2, share: 2 / 3, ticks: 3 });
    expect(r.causes[1]).toEqual({ cause: 'financial-problems', external: true, checklists: 1, share: 1 / 3, ticks: 1 });
    expect(r.causes).toHaveLength(7);
    expect(r.causes.slice(2).every((c) => c.checklists === 0)).toBe(true);
    expect(r.indicators).toEqual([
      { indicator: 'single-point-of-contact', cause: 'key-personnel-change', count: 2 },
      { indicator: 'key-contact-changing', cause: 'key-personnel-change', count: 1 },
      { indicator: 'late-payments', cause: 'financial-problems', count: 1 },
    ]);
  });

  it('overlays matrix placements and averages them per account', () => {
    expect(r.matrix.points).toHaveLength(2);
    expect(r.matrix.points[0]).toMatchObject({ participant: 'Ana', group: 'Mesa 1', account: 'C1', quadrant: 'strategic' });
    expect(r.matrix.accounts).toEqual([
      {
        account: 'C1',
        name: 'Rede Boa Compra',
        count: 2,
        meanAttractiveness: 6.5,
        meanStrength: 5.6,
        quadrantCounts: { strategic: 1, star: 1, status: 0, streamline: 0 },
      },
    ]);
  });

  it('is empty but well-formed for no files', () => {
    const empty = aggregateClassResults([]);
    expect(empty).toEqual({
      participants: 0,
      groups: [],
      quizzes: [],
      stages: [],
      checklists: 0,
      causes: expect.any(Array),
      indicators: [],
      matrix: { points: [], accounts: [] },
    });
    expect(empty.causes.every((c) => c.checklists === 0 && c.share === 0)).toBe(true);
  });

  it('property: stage counts add up to the diagnoses and quiz stats stay within 0..1', () => {
    const arbFile = fc.record({
      participant: fc.string({ minLength: 1, maxLength: 8 }),
      group: fc.constantFrom('A', 'B', 'c'),
      exportedAt: fc.constant('2026-01-01T00:00:00.000Z'),
      quizzes: fc.dictionary(
        fc.constantFrom('l1', 'l2', 'l3'),
        fc
          .integer({ min: 1, max: 10 })
          .chain((total) => fc.record({ score: fc.integer({ min: 0, max: total }), total: fc.constant(total) })),
      ),
      diagnoses: fc.uniqueArray(
        fc.record({ account: fc.constantFrom('x', 'y', 'z'), name: fc.constant('N'), stage: fc.constantFrom(...STAGE_IDS) }),
        { selector: (d) => d.account },
      ),
      uncoupling: fc.constant([]),
      matrix: fc.constant([]),
    });
    fc.assert(
      fc.property(fc.array(arbFile, { maxLength: 20 }), (files) => {
        const out = aggregateClassResults(files);
        const totalDiagnoses = files.reduce((s, f) => s + f.diagnoses.length, 0);
        expect(out.stages.reduce((s, a) => s + a.total, 0)).toBe(totalDiagnoses);
        for (const a of out.stages) {
          expect(Object.values(a.counts).reduce((s, n) => s + n, 0)).toBe(a.total);
          expect(a.byGroup.reduce((s, g) => s + g.total, 0)).toBe(a.total);
        }
        for (const q of out.quizzes) {
          expect(q.min).toBeGreaterThanOrEqual(0);
          expect(q.max).toBeLessThanOrEqual(1);
          expect(q.average).toBeGreaterThanOrEqual(q.min - 1e-12);
          expect(q.average).toBeLessThanOrEqual(q.max + 1e-12);
        }
        expect(out.groups.reduce((s, g) => s + g.participants, 0)).toBe(files.length);
      }),
    );
  });
});
