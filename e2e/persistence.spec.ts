/**
 * Persistence journeys on the built site (DESIGN.md "Persistence", issue #4): corrupt values planted
 * before load, quota errors on write (Chromium and Firefox naming), two tabs, export → reset →
 * restore, and a value saved by a newer version. Stored values are planted in the envelope the
 * state layer writes: `{ schemaVersion, savedAt, rev, data }` under `kam:<store>`.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../src/state/migrations.ts';
import { expect, test } from './fixtures';

/** A version this code reads (older versions are migrated, so this stays valid after upgrades). */
const READABLE_VERSION = 2;

const envelope = (data: unknown, schemaVersion = READABLE_VERSION, rev = 3) =>
  JSON.stringify({ schemaVersion, savedAt: '2026-01-15T10:00:00.000Z', rev, data });

const SETTINGS = { currency: 'BRL', numberFormat: 'pt-BR', userName: 'Marina', keyAccountCapacity: 6 };
const PORTFOLIO = {
  clients: [
    { key: 'alfa', name: 'Alfa Distribuidora', revenue: 120000, keyAccount: true, segment: 'Atacado' },
    { key: 'beta', name: 'Beta Mercados', revenue: 45000.5, keyAccount: false, notes: 'Visita mensal' },
  ],
  monthlySales: [{ key: 'alfa', month: '2025-12', amount: 10000 }],
};
const PROGRESS = { lessonsRead: { '01-what-is-kam': '2026-01-10' }, quizzes: {}, learnerName: 'Marina' };
/** Progress as this version writes it, with a quiz half answered (schema v4 keeps unfinished attempts). */
const PROGRESS_NOW = {
  ...PROGRESS,
  quizAnswers: { 'what-is-kam': { answers: { 'transactional-or-relational': '0' }, date: '2026-01-12T09:00:00.000Z' } },
};

/** Plants raw values in localStorage before any page script runs, once per tab (survives reloads). */
async function plant(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('e2e-planted') === '1') return;
    for (const [key, raw] of Object.entries(entries)) localStorage.setItem(key, raw);
    sessionStorage.setItem('e2e-planted', '1');
  }, values);
}

/** Every `kam:` key and raw value, for "nothing changed" assertions. */
async function kamStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('kam:')) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

/** The `data` of every store key (savedAt/rev differ between writes; data must not). */
async function storedData(page: Page): Promise<Record<string, unknown>> {
  const all = await kamStorage(page);
  const out: Record<string, unknown> = {};
  for (const name of ['settings', 'portfolio', 'assessments', 'matrixConfig', 'segments', 'progress']) {
    const raw = all[`kam:${name}`];
    if (raw) out[name] = (JSON.parse(raw) as { data: unknown }).data;
  }
  return out;
}

async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

const myData = (page: Page) => page.locator('[data-widget="my-data"]');
const portfolioRow = (page: Page) => myData(page).locator('tr[data-store="portfolio"]');

for (const [locale, texts] of [
  ['en', { kept: 'Some saved data could not be read', download: 'Download the kept copy', clients: 'Clients: 0' }],
  ['pt-br', { kept: 'Alguns dados salvos não puderam ser lidos', download: 'Baixar a cópia guardada', clients: 'Clientes: 0' }],
] as const) {
  test(`${locale}: a corrupt value is kept aside, the page works and says so`, async ({ page, problems }) => {
    void problems; // fails the test on console errors or foreign requests
    await plant(page, {
      'kam:portfolio': '{"schemaVersion":2,"savedAt":"x","data":{"clients":[{"key":',
      'kam:settings': envelope(SETTINGS),
    });
    await page.goto(`/${locale}/my-data/`);

    await expect(page.getByText(texts.kept)).toBeVisible();
    await expect(portfolioRow(page)).toContainText(texts.clients);

    const stored = await kamStorage(page);
    const keptKeys = Object.keys(stored).filter((k) => k.startsWith('kam:quarantine:portfolio:'));
    expect(keptKeys).toHaveLength(1);
    expect(stored[keptKeys[0]!]).toBe('{"schemaVersion":2,"savedAt":"x","data":{"clients":[{"key":');
    expect(stored['kam:settings']).toBe(envelope(SETTINGS)); // the rest is untouched

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: texts.download }).first().click(),
    ]);
    expect(await downloadText(download)).toBe('{"schemaVersion":2,"savedAt":"x","data":{"clients":[{"key":');

    // A reload does not quarantine again, and the copy is still listed on My data.
    await page.reload();
    await expect(myData(page).locator('[data-kept]')).toHaveCount(1);
    expect(Object.keys(await kamStorage(page)).filter((k) => k.startsWith('kam:quarantine:'))).toHaveLength(1);
  });
}

for (const errorName of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
  test(`a full storage (${errorName}) shows "not saved", offers a backup, and keeps earlier data`, async ({ page, context, problems }) => {
    void problems;
    const earlierPortfolio = envelope({ clients: [], monthlySales: [{ key: 'x', month: '2025-01', amount: 5 }] });
    await plant(page, { 'kam:settings': envelope(SETTINGS), 'kam:portfolio': earlierPortfolio });
    // Every later write to localStorage fails like a full disk (only in this tab).
    await page.addInitScript((name: string) => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (this === window.localStorage && String(key).startsWith('kam:') && sessionStorage.getItem('e2e-planted') === '1') {
          throw new DOMException('The quota has been exceeded.', name);
        }
        return original.call(this, key, value);
      };
    }, errorName);

    await page.goto('/en/tools/portfolio/');
    await page.locator('[data-widget="portfolio"] [data-action="load-sample"]').click();

    const banner = page.getByRole('alert').filter({ hasText: 'Not saved' });
    // Loading the sample fetches and imports a 2-year file first: give a busy machine time.
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner).toContainText('Client portfolio');
    // The app keeps working in memory: the sample is loaded, so the empty state (and its button) is gone.
    await expect(page.locator('[data-widget="portfolio"] [data-action="load-sample"]')).toHaveCount(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Export a backup now' }).click(),
    ]);
    const backup = JSON.parse(await downloadText(download)) as { app: string; data: { portfolio: { clients: unknown[] } } };
    expect(backup.app).toBe('kam-academy');
    expect(backup.data.portfolio.clients.length).toBeGreaterThan(1);

    // Earlier data is intact: a fresh tab (without the failing storage) sees it.
    const fresh = await context.newPage();
    await fresh.goto('/en/my-data/');
    const stored = await kamStorage(fresh);
    expect(stored['kam:portfolio']).toBe(earlierPortfolio);
    expect(stored['kam:settings']).toBe(envelope(SETTINGS));
    await expect(portfolioRow(fresh)).toContainText('Clients: 0 · Key accounts: 0 · Monthly sales lines: 1');
  });
}

test('two tabs: a restore in one appears in the other, and a reset too', async ({ context, problems }) => {
  void problems;
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/en/my-data/');
  await b.goto('/en/my-data/');
  await expect(portfolioRow(b)).toContainText('Clients: 0');

  const file = JSON.stringify({
    app: 'kam-academy',
    schemaVersion: READABLE_VERSION,
    exportedAt: '2026-01-20T00:00:00.000Z',
    data: { portfolio: PORTFOLIO },
  });
  await a.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(a.getByText('This file holds')).toBeVisible();
  await a.getByLabel('Add the file to what is here', { exact: false }).check();
  await a.getByRole('button', { name: 'Restore' }).click();
  await expect(a.getByText('Restored.', { exact: false })).toBeVisible();

  await expect(portfolioRow(b)).toContainText('Clients: 2 · Key accounts: 1');

  await b.getByRole('button', { name: 'Reset all my data…' }).click();
  await b.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(portfolioRow(a)).toContainText('Clients: 0');
  expect(await kamStorage(a)).not.toHaveProperty('kam:portfolio');
});

test('export → reset → restore gives back identical data', async ({ page, problems }) => {
  void problems;
  await plant(page, {
    'kam:settings': envelope(SETTINGS),
    'kam:portfolio': envelope(PORTFOLIO),
    'kam:progress': envelope(PROGRESS_NOW, SCHEMA_VERSION),
    'kam:assessments': envelope({
      alfa: {
        diagnoses: [{ id: 'd1', date: '2026-01-12', answers: { share: 'mid' }, signals: [], stage: 'mid', targetStage: 'partnership' }],
        uncoupling: null,
        matrixScores: { volume: 8 },
        fitCost: { fit: 7, cost: 3 },
        plans: [],
      },
    }),
  });
  await page.goto('/en/my-data/');
  await expect(portfolioRow(page)).toContainText('Clients: 2');
  const before = await storedData(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kam-academy-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await downloadText(download);

  await page.getByRole('button', { name: 'Reset all my data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this browser.')).toBeVisible();
  await expect(portfolioRow(page)).toContainText('Clients: 0');
  expect(await storedData(page)).toEqual({});

  await page
    .getByLabel('Backup file (.json)')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('Clients: 2', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Restored.', { exact: false })).toBeVisible();

  const after = await storedData(page);
  // Stores that held only defaults are written too by a replace; compare what was there before.
  for (const [name, data] of Object.entries(before)) expect(after[name], name).toEqual(data);
  await page.reload();
  await expect(portfolioRow(page)).toContainText('Clients: 2 · Key accounts: 1 · Monthly sales lines: 1');
});

test('a bad backup file changes nothing and says why', async ({ page, problems }) => {
  void problems;
  await plant(page, { 'kam:portfolio': envelope(PORTFOLIO) });
  await page.goto('/pt-br/my-data/');
  await expect(portfolioRow(page)).toContainText('Clientes: 2');
  const before = await kamStorage(page);
  const hostile = '{"app":"kam-academy","schemaVersion":2,"exportedAt":"x","data":{"portfolio":{"__proto__":{"polluted":true}}}}';
  await page
    .getByLabel('Arquivo de backup (.json)')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await expect(page.getByRole('alert').filter({ hasText: 'poderiam prejudicar a página' })).toBeVisible();
  await page
    .getByLabel('Arquivo de backup (.json)')
    .setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"kam-academy","sch') });
  await expect(page.getByRole('alert').filter({ hasText: 'incompleto ou danificado' })).toBeVisible();
  expect(await kamStorage(page)).toEqual(before);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
});

test('a value saved by a newer version is shown read-only and never overwritten', async ({ page, problems }) => {
  void problems;
  const newer = envelope({ clients: [], monthlySales: [], somethingNew: true }, 999);
  await plant(page, { 'kam:portfolio': newer });
  await page.goto('/en/tools/portfolio/');
  await expect(page.getByText('Saved by a newer version of this site')).toBeVisible();

  // The sample goes into the demo workspace and never over it…
  await page.locator('[data-widget="portfolio"] [data-action="load-sample"]').click();
  await expect(page.locator('[data-demo-banner]')).toBeVisible();
  await expect(page.locator('[data-widget="portfolio"] [data-action="load-sample"]')).toHaveCount(0);
  expect((await kamStorage(page))['kam:portfolio']).toBe(newer);
  await page.locator('[data-demo-banner] [data-action="leave-demo"]').click();
  await expect(page.getByText('Saved by a newer version of this site')).toBeVisible();

  // …and a reset or a restore from My data is refused.
  await page.goto('/en/my-data/');
  await page.getByRole('button', { name: 'Reset all my data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Data saved by a newer version was left untouched', { exact: false })).toBeVisible();
  expect((await kamStorage(page))['kam:portfolio']).toBe(newer);
});

test('the migrations load only for older data: none for this version, and a value an older site writes in another tab is read once they are in', async ({
  context,
  problems,
}) => {
  void problems;
  const migrationChunks: string[] = [];
  context.on('request', (request) => {
    if (/\/_astro\/migrations\.[\w-]+\.js$/.test(request.url())) migrationChunks.push(request.url());
  });
  const current = JSON.stringify({ schemaVersion: SCHEMA_VERSION, savedAt: '2026-01-15T10:00:00.000Z', rev: 1, data: PORTFOLIO });
  const page = await context.newPage();
  await plant(page, { 'kam:portfolio': current });
  await page.goto('/en/tools/portfolio/');
  await expect(page.locator('[data-widget="portfolio"]')).toContainText('Alfa Distribuidora');
  expect(migrationChunks).toEqual([]);

  // A tab of an older site writes its (older) envelope: this page fetches the migrations, then shows it.
  const older = envelope({ clients: [{ key: 'gama', name: 'Gama Atacado', revenue: '1.500,25', isKey: true }] }, 1);
  const other = await context.newPage();
  await other.goto('/en/lessons/');
  await other.evaluate((raw) => localStorage.setItem('kam:portfolio', raw), older);
  await expect(page.locator('[data-widget="portfolio"]')).toContainText('Gama Atacado');
  await expect(page.locator('[data-widget="portfolio"]')).not.toContainText('Alfa Distribuidora');
  expect(migrationChunks.length).toBeGreaterThan(0);
  // Read, not rewritten: storage keeps the older value until the user changes something.
  expect((await kamStorage(page))['kam:portfolio']).toBe(older);
});
