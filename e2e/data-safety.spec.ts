/**
 * Issue 15, "no silent loss": two tabs editing the same account plan (different fields → both
 * survive; the same field → a notice, nothing lost), a corrupt value that cannot be copied aside
 * (the store refuses edits until the copy is downloaded), and a quarantined progress value reported
 * on a lesson page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { STRINGS } from '../src/widgets/account-plan/strings.ts';
import { NOTICE_STRINGS } from '../src/widgets/storage-notices/strings.ts';
import { STORE_LABELS } from '../src/widgets/shared/storeNameStrings.ts';
import { STRINGS as DPM } from '../src/widgets/dpm/strings.ts';
import { writeProblem } from '../src/widgets/shared/writeProblem.ts';

test.describe.configure({ timeout: 120_000 });

const t = STRINGS.en;
const sections = DOMAIN_TEXTS.en.planSections;
const year = new Date().getFullYear();

async function openPlan(page: Page) {
  await page.goto('/en/tools/account-plan/');
  const widget = page.locator('astro-island:not([ssr]) [data-widget="account-plan"]');
  await expect(widget).toHaveCount(1);
  return widget;
}

async function storedPlan(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const all = JSON.parse(localStorage.getItem('kam:assessments') ?? '{}').data as Record<string, { plans: Record<string, unknown>[] }>;
    return Object.values(all).flatMap((a) => a.plans)[0] ?? {};
  });
}

test('two tabs editing one plan: different fields both survive; the same field shows a notice and loses nothing', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  const a = await openPlan(page);
  await a.getByRole('button', { name: t.create.replace('{year}', String(year)) }).click();
  await expect(a.getByText(t.planOf.replace('{year}', String(year)) + ' ' + t.opened)).toBeVisible();

  // Tab B never hears of tab A's saves (a frozen or background tab misses storage events), so
  // every save of B happens against a stored plan B has not seen: the case the merge is for.
  const other = await context.newPage();
  await other.addInitScript(() => {
    const ignored = new Set(['storage', 'pageshow', 'visibilitychange']);
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener.bind(target);
      target.addEventListener = (
        type: string,
        ...rest: [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?]
      ) => {
        if (!ignored.has(type)) add(type, ...rest);
      };
    }
  });
  const b = await openPlan(other);
  await expect(b.getByRole('textbox', { name: sections.mission.name })).toBeVisible();

  // Different fields, one in each tab.
  await a.getByRole('textbox', { name: sections.mission.name }).fill('Mission from tab A');
  await b.getByRole('textbox', { name: sections.objectives.name }).fill('Objectives from tab B');
  await expect.poll(async () => (await storedPlan(page)).mission).toBe('Mission from tab A');
  await expect.poll(async () => (await storedPlan(page)).objectives).toBe('Objectives from tab B');
  await expect(a.getByRole('textbox', { name: sections.objectives.name })).toHaveValue('Objectives from tab B');
  await expect(b.getByRole('textbox', { name: sections.mission.name })).toHaveValue('Mission from tab A');
  await expect(page.getByTestId('plan-conflict')).toHaveCount(0);

  // The same field in both tabs: B, deaf, still shows the old text when it types ("typed at once").
  await a.getByRole('textbox', { name: sections.customerOverview.name, exact: true }).fill('Overview typed in A');
  await expect.poll(async () => (await storedPlan(page)).customerOverview).toBe('Overview typed in A');
  await expect(b.getByRole('textbox', { name: sections.customerOverview.name, exact: true })).toHaveValue('');
  await b.getByRole('textbox', { name: sections.customerOverview.name, exact: true }).fill('Overview typed in B');
  const notice = other.getByTestId('plan-conflict');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(sections.customerOverview.name);
  // Both texts are kept: B's is saved (B's field shows it), A's is in the notice to copy or restore.
  await expect.poll(async () => (await storedPlan(page)).customerOverview).toBe('Overview typed in B');
  await expect(notice.getByRole('textbox')).toHaveValue('Overview typed in A');
  await expect(b.getByRole('textbox', { name: sections.customerOverview.name, exact: true })).toHaveValue('Overview typed in B');
  // The notice is accessible (labelled text areas, buttons).
  const axe = await new AxeBuilder({ page: other }).include('[data-testid="plan-conflict"]').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // Tab A, idle, follows: it now shows B's saved text.
  await expect(a.getByRole('textbox', { name: sections.customerOverview.name, exact: true })).toHaveValue('Overview typed in B');
  await other.close();
});

test('a corrupt value that cannot be copied aside blocks edits until its copy is downloaded', async ({ page, problems }) => {
  void problems;
  const n = NOTICE_STRINGS.en;
  // Storage refuses the quarantine copy (full); everything else works.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-planted') !== '1') {
      localStorage.setItem('kam:segments', '{"schemaVersion":2,"savedAt":"x","data":[{"id":');
      sessionStorage.setItem('e2e-planted', '1');
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage && String(key).startsWith('kam:quarantine:')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/en/tools/dpm/');
  const widget = page.locator('astro-island:not([ssr]) [data-widget="dpm"]');
  await expect(widget).toHaveCount(1);
  const notice = page.locator('[data-notice="quarantined"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(n['quarantined.memoryOnly']);

  const raw = '{"schemaVersion":2,"savedAt":"x","data":[{"id":';
  // An edit is refused, and says why (writeProblem): the unreadable text is the only copy in storage.
  await widget.getByRole('button', { name: DPM.en.addSegment }).click();
  await expect(widget.getByText(writeProblem({ ok: false, reason: 'held' }, 'en') ?? '')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('kam:segments'))).toBe(raw);

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: n['quarantined.action'] }).click();
  expect((await download).suggestedFilename()).toMatch(/^kam-academy-kept-.*\.txt$/);
  await expect(notice).toContainText(n['quarantined.released']);
  // Downloaded: edits work again.
  await widget.getByRole('button', { name: DPM.en.addSegment }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kam:segments'))).not.toBe(raw);
});

test('a quarantined progress value is reported on a lesson page', async ({ page, problems }) => {
  void problems;
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-planted') === '1') return;
    localStorage.setItem('kam:progress', '{not json');
    sessionStorage.setItem('e2e-planted', '1');
  });
  await page.goto('/en/lessons/what-is-kam/');
  // The quiz (which reads progress) hydrates when it is scrolled to.
  await page.locator('.quiz-slot').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-notice="quarantined"]')).toContainText(STORE_LABELS.en.progress);
  await page.goto('/en/progress/');
  await expect(page.locator('[data-storage-notices]')).toHaveCount(1);
});
