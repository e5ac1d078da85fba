import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessUncoupling, classifyAccounts, emptyAccountPlan } from '../../src/domain/index.ts';
import {
  $matrixConfig,
  addClients,
  defaultMatrixConfig,
  saveDiagnosis,
  savePlan,
  saveQuizResult,
  setMatrixConfig,
  setMatrixScores,
  setUncouplingChecks,
} from '../../src/state/index.ts';
import {
  RESULTS_MAX_CHARS,
  buildWorkshopResults,
  buildWorkshopResultsFromStores,
  parseWorkshopResults,
  workshopResultsFileName,
} from '../../src/state/workshopResults.ts';
import type { WorkshopResults } from '../../src/state/workshopResults.ts';
import { freshStorage } from './helpers.ts';

const NOW = new Date('2026-03-10T15:30:00.000Z');

function allScores(value: number): Record<string, number> {
  const cfg = defaultMatrixConfig();
  return Object.fromEntries([...cfg.attractiveness, ...cfg.strength].map((c) => [c.id, value]));
}

function seed(): void {
  freshStorage();
  addClients([
    { key: 'C1', name: 'Rede Boa Compra', revenue: 1_260_000 },
    { key: 'C2', name: 'Hospital Santa Clara', revenue: 840_000 },
    { key: 'C3', name: 'Grupo Sabor & Cia', revenue: 600_000 },
  ]);
  saveQuizResult('what-is-kam', { score: 4, total: 5, answers: { q1: '2' } });
  saveQuizResult('relationship-stages', { score: 6, total: 6, answers: {} });
  saveDiagnosis('C1', { answers: {}, signals: [], stage: 'pre', date: '2026-03-10T09:00:00.000Z' });
  saveDiagnosis('C1', { answers: {}, signals: [], stage: 'early', targetStage: 'mid', date: '2026-03-10T10:00:00.000Z' });
  saveDiagnosis('C2', { answers: {}, signals: ['decided-to-end'], stage: 'uncoupling' });
  // An account that is no longer in the portfolio is left out of the file.
  saveDiagnosis('OLD', { answers: {}, signals: [], stage: 'mid' });
  setUncouplingChecks('C2', ['single-point-of-contact', 'late-payments']);
  setMatrixScores('C1', { ...allScores(7), price: 3 });
  setMatrixScores('C3', { 'purchase-volume': 5 }); // incomplete
}

describe('buildWorkshopResults', () => {
  it('builds the file from the stores with the domain’s figures', () => {
    seed();
    const { results, matrixIncomplete, matrixConfigInvalid } = buildWorkshopResultsFromStores(' Ana Souza ', 'Mesa 2', 'pt-br', NOW);
    expect(results).toMatchObject({
      app: 'kam-academy',
      kind: 'workshop-results',
      version: 1,
      exportedAt: NOW.toISOString(),
      participant: 'Ana Souza',
      group: 'Mesa 2',
      locale: 'pt-br',
    });
    expect(results.quizzes).toEqual({ 'relationship-stages': { score: 6, total: 6 }, 'what-is-kam': { score: 4, total: 5 } });
    expect(results.diagnoses).toEqual([
      { account: 'C1', name: 'Rede Boa Compra', stage: 'early', targetStage: 'mid' },
      { account: 'C2', name: 'Hospital Santa Clara', stage: 'uncoupling' },
    ]);
    const u = assessUncoupling(['single-point-of-contact', 'late-payments']);
    expect(results.uncoupling).toEqual([
      {
        account: 'C2',
        name: 'Hospital Santa Clara',
        checked: ['single-point-of-contact', 'late-payments'],
        score: Math.round(u.score * 100) / 100,
        level: u.level,
      },
    ]);
    const cfg = $matrixConfig.get();
    const expected = classifyAccounts({
      attractiveness: cfg.attractiveness,
      strength: cfg.strength,
      accounts: [{ key: 'C1', scores: { ...allScores(7), price: 3 } }],
    });
    if (!expected.ok) throw new Error('classification failed');
    expect(results.matrix).toEqual([
      {
        account: 'C1',
        name: 'Rede Boa Compra',
        attractiveness: expected.accounts[0]!.attractiveness,
        strength: Math.round(expected.accounts[0]!.strength * 100) / 100,
        quadrant: expected.accounts[0]!.quadrant,
      },
    ]);
    expect(matrixIncomplete).toBe(1);
    expect(matrixConfigInvalid).toBe(false);
    // What we build always passes our own validation.
    expect(parseWorkshopResults(JSON.stringify(results))).toEqual({ ok: true, results });
  });

  it('reports matrix weights that do not add up to 100 instead of guessing', () => {
    seed();
    const cfg = defaultMatrixConfig();
    setMatrixConfig({ ...cfg, attractiveness: cfg.attractiveness.map((c, i) => (i === 0 ? { ...c, weight: 10 } : c)) });
    const out = buildWorkshopResultsFromStores('Ana', '', 'en', NOW);
    expect(out.matrixConfigInvalid).toBe(true);
    expect(out.results.matrix).toEqual([]);
  });

  it('gives an empty but valid file for a fresh browser', () => {
    freshStorage();
    const out = buildWorkshopResultsFromStores('Bruno', '', 'en', NOW);
    expect(out.results).toMatchObject({ quizzes: {}, diagnoses: [], uncoupling: [], matrix: [] });
    expect(parseWorkshopResults(JSON.stringify(out.results)).ok).toBe(true);
  });

  it('ignores plans and other stores (a plan does not leak into the file)', () => {
    seed();
    savePlan({ ...emptyAccountPlan('C1', 'Rede Boa Compra', 2026, NOW), mission: 'secret strategy' });
    expect(JSON.stringify(buildWorkshopResultsFromStores('Ana', '', 'en', NOW).results)).not.toContain('secret strategy');
  });

  it('names the file after the participant and date with safe characters only', () => {
    expect(workshopResultsFileName({ participant: 'José da Silva / Mesa 3', exportedAt: NOW.toISOString() })).toBe(
      'workshop-results-jose-da-silva-mesa-3-2026-03-10.json',
    );
    expect(workshopResultsFileName({ participant: '../../', exportedAt: NOW.toISOString() })).toBe(
      'workshop-results-participant-2026-03-10.json',
    );
  });
});

describe('parseWorkshopResults', () => {
  const good = (): WorkshopResults =>
    buildWorkshopResults({
      participant: 'Ana',
      group: 'G1',
      locale: 'en',
      now: NOW,
      progress: {
        lessonsRead: {},
        quizzes: { 'what-is-kam': { score: 3, total: 5, answers: {}, date: NOW.toISOString() } },
        quizAnswers: {},
        learnerName: '',
      },
      portfolio: { clients: [{ key: 'C1', name: 'Rede', revenue: 1, keyAccount: false }], monthlySales: [] },
      assessments: {
        C1: {
          diagnoses: [{ id: 'd', date: NOW.toISOString(), answers: {}, signals: [], stage: 'mid' }],
          uncoupling: null,
          matrixScores: {},
          fitCost: null,
          plans: [],
        },
      },
      matrixConfig: defaultMatrixConfig(),
    }).results;
  const parse = (v: unknown) => parseWorkshopResults(typeof v === 'string' ? v : JSON.stringify(v));

  it('accepts a good file, with or without a BOM', () => {
    expect(parse(good())).toEqual({ ok: true, results: good() });
    expect(parseWorkshopResults(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
  });

  it('rejects hostile and wrong files with a reason', () => {
    expect(parse('')).toEqual({ ok: false, code: 'empty' });
    expect(parse('   ')).toEqual({ ok: false, code: 'empty' });
    expect(parse('{"app": "kam-academy", ')).toEqual({ ok: false, code: 'not-json' });
    expect(parse('x'.repeat(RESULTS_MAX_CHARS + 1))).toEqual({ ok: false, code: 'too-large' });
    expect(parse('{"__proto__": {"polluted": true}, "app": "kam-academy"}')).toEqual({ ok: false, code: 'hostile' });
    expect(parse(`{"app":"kam-academy","kind":"workshop-results","version":1,"quizzes":{"__proto__":{"score":1,"total":1}}}`)).toEqual({
      ok: false,
      code: 'hostile',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(parse({ ...good(), constructor: { prototype: { x: 1 } } })).toEqual({ ok: false, code: 'hostile' });
    expect(parse([1, 2, 3])).toEqual({ ok: false, code: 'not-results' });
    expect(parse(null)).toEqual({ ok: false, code: 'not-results' });
    expect(parse({ name: 'some other app' })).toEqual({ ok: false, code: 'not-results' });
    expect(parse({ app: 'kam-academy', schemaVersion: 2, exportedAt: NOW.toISOString(), data: {} })).toEqual({
      ok: false,
      code: 'backup-file',
    });
    expect(parse({ ...good(), version: 2 })).toEqual({ ok: false, code: 'newer-version' });
    expect(parse({ ...good(), version: 0 })).toMatchObject({ ok: false, code: 'invalid', path: 'version' });
    expect(parse({ ...good(), participant: '   ' })).toMatchObject({ ok: false, code: 'invalid', path: 'participant' });
    expect(parse({ ...good(), participant: 'x'.repeat(121) })).toMatchObject({ ok: false, code: 'invalid' });
    expect(parse({ ...good(), exportedAt: 'yesterday' })).toMatchObject({ ok: false, code: 'invalid', path: 'exportedAt' });
    expect(parse({ ...good(), locale: 'fr' })).toMatchObject({ ok: false, code: 'invalid', path: 'locale' });
    expect(parse({ ...good(), quizzes: { a: { score: 6, total: 5 } } })).toMatchObject({ ok: false, code: 'invalid' });
    expect(parse({ ...good(), quizzes: { a: { score: -1, total: 5 } } })).toMatchObject({ ok: false, code: 'invalid' });
    expect(parse({ ...good(), quizzes: { a: { score: 1, total: 0 } } })).toMatchObject({ ok: false, code: 'invalid' });
    expect(parse({ ...good(), diagnoses: [{ account: 'C1', name: 'x', stage: 'legendary' }] })).toMatchObject({
      ok: false,
      code: 'invalid',
      path: 'diagnoses.0.stage',
    });
    expect(
      parse({
        ...good(),
        diagnoses: [
          { account: 'C1', name: 'x', stage: 'mid' },
          { account: 'C1', name: 'x', stage: 'pre' },
        ],
      }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(parse({ ...good(), matrix: [{ account: 'C1', name: 'x', attractiveness: 11, strength: 5, quadrant: 'star' }] })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(parse({ ...good(), uncoupling: [{ account: 'C1', name: 'x', checked: 'all', score: 10, level: 'low' }] })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(
      parse({ ...good(), diagnoses: Array.from({ length: 501 }, (_, i) => ({ account: `k${i}`, name: '', stage: 'mid' })) }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(parse(deep)).toMatchObject({ ok: false });
  });

  it('keeps user text as plain data (markup is not interpreted, just carried)', () => {
    const r = parse({ ...good(), participant: '<img src=x onerror=alert(1)>' });
    expect(r).toMatchObject({ ok: true, results: { participant: '<img src=x onerror=alert(1)>' } });
  });

  it('property: never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(typeof parseWorkshopResults(s).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const out = parseWorkshopResults(JSON.stringify(v));
        expect(out.ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ app: fc.constant('kam-academy'), kind: fc.constant('workshop-results'), version: fc.constant(1) }),
        fc.object(),
        (head, rest) => {
          expect(typeof parseWorkshopResults(JSON.stringify({ ...rest, ...head })).ok).toBe('boolean');
        },
      ),
    );
  });
});
