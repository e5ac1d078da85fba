import { afterEach, describe, expect, it } from 'vitest';
import { $settings, SCHEMA_VERSION, defaultSettings, updateSettings } from '../../src/state/index.ts';
import {
  forgetMigrationsForTests,
  loadMigrations,
  loadedMigrations,
  openMigrationGate,
  storageMayHoldOlderValues,
} from '../../src/state/migrationGate.ts';
import { MIGRATIONS } from '../../src/state/migrations.ts';
import { decodeStored } from '../../src/state/persisted.ts';
import { settingsSchema } from '../../src/state/schemas.ts';
import { emitStorageSignal } from '../../src/state/storage.ts';
import { envelope, fixtureText, freshStorage } from './helpers.ts';

// The setup file puts the migrations in the page for every other test; these start without them.
afterEach(async () => {
  await loadMigrations();
});

const current = (data: unknown) => envelope(data, SCHEMA_VERSION);
const settings = { currency: 'USD', numberFormat: 'en', userName: 'Sam', keyAccountCapacity: 3 };

describe('the migration gate', () => {
  it('holds the schema version equal to the last migration', () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('finds nothing to migrate in an empty storage or one written by this code, in either workspace', () => {
    freshStorage();
    expect(storageMayHoldOlderValues()).toBe(false);
    freshStorage({ 'kam:settings': current(settings), 'kam:demo:settings': current(settings), 'kam:other': 'not ours' });
    expect(storageMayHoldOlderValues()).toBe(false);
  });

  it('suspects an older value, in the demo workspace too, and an unreadable one', () => {
    // Set after the stores read (they would quarantine the unreadable one): what a page finds on opening.
    freshStorage().setItem('kam:demo:portfolio', fixtureText('v1/portfolio.json'));
    expect(storageMayHoldOlderValues()).toBe(true);
    freshStorage().setItem('kam:settings', '{not json');
    expect(storageMayHoldOlderValues()).toBe(true);
  });

  it('fetches the migrations only when storage may need them', async () => {
    forgetMigrationsForTests();
    freshStorage({ 'kam:settings': current(settings) });
    await openMigrationGate();
    expect(loadedMigrations()).toBeNull();
    freshStorage({ 'kam:settings': envelope(settings, 2) });
    await openMigrationGate();
    expect(loadedMigrations()).not.toBeNull();
  });

  it('without the migrations, an older value is reported as such, not as bad data', () => {
    const raw = envelope(settings, 2, '2026-01-01T00:00:00.000Z', 5);
    expect(decodeStored('settings', settingsSchema, raw, null)).toEqual({
      kind: 'older',
      version: 2,
      savedAt: '2026-01-01T00:00:00.000Z',
      rev: 5,
    });
    expect(decodeStored('settings', settingsSchema, current(settings), null)).toMatchObject({ kind: 'ok', value: settings });
  });
});

describe('an older value that arrives after the page opened (a tab of an older site wrote it)', () => {
  it('keeps what the store showed and refuses writes until the migrations are in, then shows the migrated value', async () => {
    const storage = freshStorage({ 'kam:settings': current({ ...settings, userName: 'Before' }) });
    forgetMigrationsForTests();
    const older = envelope({ currency: 'BRL', numberFormat: 'pt-BR', userName: 'Old tab' }, 1, '2026-02-01T00:00:00.000Z', 7);
    storage.setItem('kam:settings', older);
    emitStorageSignal({ type: 'change', key: 'kam:settings', newValue: older });

    expect($settings.get().userName).toBe('Before');
    expect($settings.$meta.get().readOnly).toBe(true);
    expect(updateSettings({ userName: 'Typed meanwhile' })).toMatchObject({ ok: false, reason: 'read-only' });
    expect(storage.getItem('kam:settings')).toBe(older);

    await loadMigrations();
    await Promise.resolve();
    // v1 → v2 added the key-account capacity (8); nothing else changed.
    expect($settings.get()).toEqual({
      ...defaultSettings(),
      currency: 'BRL',
      numberFormat: 'pt-BR',
      userName: 'Old tab',
      keyAccountCapacity: 8,
    });
    expect($settings.$meta.get()).toMatchObject({ readOnly: false, storedVersion: 1 });
    // The first write after the migration keeps the older value aside, as on any migrated read.
    expect(updateSettings({ userName: 'Sam' })).toEqual({ ok: true });
    expect(storage.getItem('kam:premigration:settings:v1')).toBe(older);
  });
});
