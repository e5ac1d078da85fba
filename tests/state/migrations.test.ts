import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  $storageStatus,
  $assessments,
  $costToServe,
  $valuePropositions,
  $accountTeams,
  $accountReviews,
  $kraljic,
  $matrixConfig,
  $portfolio,
  $progress,
  $segments,
  $settings,
  SCHEMA_VERSION,
  addClients,
  readBackup,
  saveQuizAnswer,
} from '../../src/state/index.ts';
import { MIGRATIONS, checkMigrationRegistry, migrateStoreData } from '../../src/state/migrations.ts';
import type { Migration } from '../../src/state/migrations.ts';
import { STORE_SCHEMAS } from '../../src/state/schemas.ts';
import { check } from '../../src/domain/index.ts';
import type { Schema } from '../../src/domain/index.ts';
import { STORE_NAMES } from '../../src/state/status.ts';
import { fixtureText, freshStorage } from './helpers.ts';

/** Every version that has frozen fixtures (all versions before the current one). */
const FIXTURE_VERSIONS = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);
/** The stores a version had (a store added later, e.g. buyingCentres, has no frozen fixture: absent key → default). */
const storesOf = (version: number) =>
  STORE_NAMES.filter((name) => existsSync(new URL(`./fixtures/v${version}/${name}.json`, import.meta.url)));

describe('registry', () => {
  it('is numbered 2, 3, … without gaps, and SCHEMA_VERSION is its last entry', () => {
    expect(checkMigrationRegistry(MIGRATIONS)).toEqual([]);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });
  it('detects a broken registry', () => {
    const m = (version: number): Migration => ({ version, title: 't', stores: {} });
    expect(checkMigrationRegistry([m(2), m(4)])).toHaveLength(1);
    expect(checkMigrationRegistry([m(3)])).toHaveLength(1);
    expect(checkMigrationRegistry([m(2.5)])).toHaveLength(1);
  });
  it('refuses newer and nonsense versions, and reports a throwing step', () => {
    expect(migrateStoreData('portfolio', {}, SCHEMA_VERSION + 1, { savedAt: null })).toEqual({ ok: false, error: 'newer-version' });
    expect(migrateStoreData('portfolio', {}, 0, { savedAt: null })).toEqual({ ok: false, error: 'invalid-version' });
    expect(migrateStoreData('portfolio', null, 1, { savedAt: null })).toEqual({ ok: false, error: 'migration-failed' });
  });
});

describe.each(FIXTURE_VERSIONS)('frozen fixtures of v%i', (version) => {
  it('holds a fixture of every store but those added after it', () => {
    expect(STORE_NAMES.filter((name) => !storesOf(version).includes(name))).toEqual([
      'buyingCentres',
      'costToServe',
      'valuePropositions',
      'accountTeams',
      'accountReviews',
      'kraljic',
    ]);
  });

  it.each(storesOf(version))('%s migrates to a value the current schema accepts', (name) => {
    const stored = JSON.parse(fixtureText(`v${version}/${name}.json`));
    expect(stored.schemaVersion).toBe(version);
    const migrated = migrateStoreData(name, stored.data, version, { savedAt: stored.savedAt });
    expect(migrated.ok).toBe(true);
    const checked = check(STORE_SCHEMAS[name] as Schema<unknown>, migrated.ok ? migrated.data : null);
    expect(checked.success).toBe(true);
  });

  it('loads through the stores with no notice', () => {
    const seed = Object.fromEntries(storesOf(version).map((name) => [`kam:${name}`, fixtureText(`v${version}/${name}.json`)]));
    freshStorage(seed);
    expect($storageStatus.get().notices).toEqual([]);
    expect($portfolio.get().clients.length).toBeGreaterThan(0);
    for (const store of [$settings, $portfolio, $assessments, $matrixConfig, $segments, $progress]) {
      expect(store.$meta.get().storedVersion).toBe(version);
    }
    // The cost-to-serve store came later: it starts empty, with no notice.
    expect($costToServe.get()).toEqual({ creditRatePct: 12, clients: {} });
    // So did the value propositions.
    expect($valuePropositions.get()).toEqual([]);
    expect($accountTeams.get()).toEqual({ perManager: 3, teams: [] });
    // So did the account reviews: none, with no notice.
    expect($accountReviews.get()).toEqual([]);
    // So did the buyer's view (Kraljic): an empty list.
    expect($kraljic.get()).toEqual([]);
  });

  it('its backup file restores', () => {
    const result = readBackup(fixtureText(`v${version}/backup.json`));
    expect(result.ok).toBe(true);
  });
});

describe('v1 → v2', () => {
  const step = MIGRATIONS.find((m) => m.version === 2)!;

  it('portfolio: revenue text becomes a number, isKey becomes keyAccount, monthlySales added', () => {
    const v1 = JSON.parse(fixtureText('v1/portfolio.json'));
    const v2 = step.stores.portfolio!(v1.data, { savedAt: v1.savedAt }) as { clients: Record<string, unknown>[]; monthlySales: unknown[] };
    expect(v2.monthlySales).toEqual([]);
    expect(v2.clients.map((c) => [c.key, c.revenue, c.keyAccount])).toEqual([
      ['12.345.678/0001-90', 1234567.89, true],
      ['mercado boa vista', 98765.4, false],
      ['acme corp', 1234.5, false],
      ['padaria sao jorge', 900, false],
      ['loja nova', -1500, false],
      ['cliente sem valor', 0, false],
    ]);
    expect(v2.clients.every((c) => !('isKey' in c))).toBe(true);
    // Nothing the user typed is lost: unreadable revenue text is kept in notes.
    expect(v2.clients[5]!.notes).toBe('revenue (v1): a combinar');
    expect(v2.clients[2]!.notes).toBe('Pays late');
  });

  it('progress: lesson list becomes lesson → date saved; learnerName added', () => {
    const v1 = JSON.parse(fixtureText('v1/progress.json'));
    const v2 = step.stores.progress!(v1.data, { savedAt: v1.savedAt });
    expect(v2).toEqual({
      lessonsRead: { '01-what-is-kam': '2025-10-20', '02-finding-key-accounts': '2025-10-20' },
      quizzes: v1.data.quizzes,
      lastLesson: '02-finding-key-accounts',
      learnerName: '',
    });
  });

  it('settings: keyAccountCapacity added', () => {
    const v1 = JSON.parse(fixtureText('v1/settings.json'));
    expect(step.stores.settings!(v1.data, { savedAt: v1.savedAt })).toEqual({ ...v1.data, keyAccountCapacity: 8 });
  });

  it('keeps the v1 value aside before the first write over it, once', () => {
    const raw = fixtureText('v1/portfolio.json');
    const storage = freshStorage({ 'kam:portfolio': raw });
    expect(storage.getItem('kam:portfolio')).toBe(raw); // reading does not write
    addClients([{ key: 'new', name: 'New', revenue: 1 }]);
    expect(storage.getItem('kam:premigration:portfolio:v1')).toBe(raw);
    expect(JSON.parse(storage.getItem('kam:portfolio')!).schemaVersion).toBe(SCHEMA_VERSION);
    addClients([{ key: 'newer', name: 'Newer', revenue: 1 }]);
    expect(storage.getItem('kam:premigration:portfolio:v1')).toBe(raw);
  });
});

describe('v2 → v3', () => {
  const step = MIGRATIONS.find((m) => m.version === 3)!;

  it('portfolio: revenue becomes the whole file where v2 had silently taken the last 12 months', () => {
    const v2 = JSON.parse(fixtureText('v2/portfolio.json'));
    const out = step.stores.portfolio!(v2.data, { savedAt: v2.savedAt }) as { clients: Record<string, unknown>[] };
    const byKey = new Map(out.clients.map((c) => [c['key'], c]));
    // 1000.10 + 2000.20 + 1500.15 + 2500.25, exact to the cent; the derived previous period is dropped.
    expect(byKey.get('rede boa compra')).toMatchObject({ revenue: 7000.7, keyAccount: true, manager: 'Ana' });
    expect(byKey.get('rede boa compra')).not.toHaveProperty('previousRevenue');
    // A client with sales only in the older year was shown as 0 ("returns larger than sales").
    expect(byKey.get('padaria pao quente')!['revenue']).toBe(800.05);
    // Typed by hand: kept.
    expect(byKey.get('cliente manual')).toMatchObject({ revenue: 12345.67, notes: 'typed in by hand' });
    // A revenue the user edited (999 ≠ the 12-month sum 100): the client is left exactly as it was.
    expect(byKey.get('hotel parque')).toEqual(v2.data.clients[3]);
  });

  it('leaves a portfolio of 12 months or less untouched', () => {
    const data = {
      clients: [{ key: 'a', name: 'A', revenue: 5, previousRevenue: 2, keyAccount: false }],
      monthlySales: [{ key: 'a', month: '2025-01', amount: 5 }],
    };
    expect(step.stores.portfolio!(data, { savedAt: null })).toEqual(data);
  });
});

describe('v3 → v4', () => {
  const step = MIGRATIONS.find((m) => m.version === 4)!;

  it('progress: an empty quizAnswers is added, everything else kept', () => {
    const v3 = JSON.parse(fixtureText('v3/progress.json'));
    const out = step.stores.progress!(v3.data, { savedAt: v3.savedAt });
    expect(out).toEqual({ ...v3.data, quizAnswers: {} });
    expect(check(STORE_SCHEMAS.progress, out).success).toBe(true);
  });

  it('progress: a value that is not an object goes to quarantine rather than being guessed', () => {
    expect(() => step.stores.progress!([], { savedAt: null })).toThrow();
  });

  it('a v3 progress loads with no answers in progress, and the first answer kept writes v4', () => {
    const raw = fixtureText('v3/progress.json');
    const storage = freshStorage({ 'kam:progress': raw });
    expect($progress.get().quizAnswers).toEqual({});
    expect($progress.get().quizzes['01-what-is-kam']).toMatchObject({ score: 4, total: 5 });
    saveQuizAnswer('what-is-kam', 'pareto-share', 2, '2026-02-01T10:00:00.000Z');
    expect(storage.getItem('kam:premigration:progress:v3')).toBe(raw);
    const stored = JSON.parse(storage.getItem('kam:progress')!);
    expect(stored.schemaVersion).toBe(4);
    expect(stored.data.quizAnswers).toEqual({ 'what-is-kam': { answers: { 'pareto-share': '2' }, date: '2026-02-01T10:00:00.000Z' } });
  });
});
