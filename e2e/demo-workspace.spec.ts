import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS, openTool } from './helpers';
import { emptyAccountPlan } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { SCHEMA_VERSION } from '../src/state/migrations.ts';
import myDataEn from '../src/widgets/my-data/strings.en.ts';
import myDataPt from '../src/widgets/my-data/strings.pt-br.ts';
import { STRINGS as PLAN_STRINGS } from '../src/widgets/account-plan/strings.ts';
import { STRINGS as STAGE_STRINGS } from '../src/widgets/stage-diagnosis/strings.ts';
import { SAMPLE_STRINGS as STAGE_SAMPLE_STRINGS } from '../src/widgets/stage-diagnosis/sampleStrings.ts';
import { STRINGS as UNCOUPLING_STRINGS } from '../src/widgets/uncoupling/strings.ts';

/**
 * Sample data never touches real work (both languages): with the user's own portfolio, diagnosis,
 * uncoupling ticks and plan in storage, "load sample" in stage diagnosis, uncoupling and the account
 * plan enters the demo workspace; working there leaves every real key byte-identical; the banner says
 * so on every page; another tab stays on the real data; My data offers no restore/reset in the demo;
 * "Back to my data" (by keyboard) brings the real data back, untouched.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

const BANNER = {
  en: 'You are exploring the sample company — your own data is set aside, untouched.',
  'pt-br': 'Você está explorando a empresa de exemplo — seus próprios dados estão guardados à parte, intactos.',
} as const;
const MY_DATA = { en: myDataEn, 'pt-br': myDataPt } as const;

const envelope = (data: unknown) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, savedAt: '2026-01-05T10:00:00.000Z', rev: 3, data });
const YEAR = new Date().getFullYear();
const REAL_MISSION = 'Our own mission for Padaria Real';

/** The user's own work, as the state layer stores it. */
const REAL: Record<string, string> = {
  'kam:settings': envelope({ currency: 'USD', numberFormat: 'en', userName: 'Real User', keyAccountCapacity: 8, lastAccount: 'R1' }),
  'kam:portfolio': envelope({
    clients: [
      { key: 'R1', name: 'Padaria Real', revenue: 90000, keyAccount: true },
      { key: 'R2', name: 'Mercado Verdadeiro', revenue: 60000, keyAccount: true },
      { key: 'R3', name: 'Bar do Zé', revenue: 1000, keyAccount: false },
    ],
    monthlySales: [],
  }),
  'kam:assessments': envelope({
    R1: {
      diagnoses: [{ id: 'd-real', date: '2026-01-05T10:00:00.000Z', answers: { business: 'business.mid' }, signals: [], stage: 'mid' }],
      uncoupling: null,
      matrixScores: {},
      fitCost: null,
      plans: [{ ...emptyAccountPlan('R1', 'Padaria Real', YEAR, '2026-01-05T10:00:00.000Z'), mission: REAL_MISSION }],
    },
    R2: {
      diagnoses: [],
      uncoupling: { checked: ['bad-news-late'], updatedAt: '2026-01-05T10:00:00.000Z' },
      matrixScores: {},
      fitCost: null,
      plans: [],
    },
  }),
};

/** Every key of the user's own workspace (everything `kam:` except the demo's), exactly as stored. */
function realKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('kam:') && !key.startsWith('kam:demo:')) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

async function open(page: Page, locale: Locale, tool: string): Promise<Locator> {
  await openTool(page, `/${locale}/tools/${tool}/`, tool);
  return page.locator(`[data-widget="${tool}"]`);
}

function demoAssessments(page: Page): Promise<string> {
  return page.evaluate(() => localStorage.getItem('kam:demo:assessments') ?? '');
}

test.describe.configure({ timeout: 150_000 });

for (const locale of LOCALES) {
  test(`${locale}: samples in three tools leave the real answers, risks and plans byte-identical; Back to my data`, async ({
    page,
    context,
    problems,
  }) => {
    void problems;
    test.slow();
    const d = DOMAIN_TEXTS[locale];
    const banner = page.locator('[data-demo-banner]');
    const announcer = page.locator('[data-demo-announcer]');
    await page.goto(`/${locale}/`);
    await page.evaluate((entries) => {
      for (const [key, raw] of Object.entries(entries)) localStorage.setItem(key, raw);
    }, REAL);
    const before = await realKeys(page);
    expect(before).toEqual(REAL);

    // 1. Stage diagnosis: load the sample, change the target stage.
    const stage = await open(page, locale, 'stage-diagnosis');
    await expect(banner).toBeHidden();
    await stage.locator('[data-action="load-sample"]').click();
    await expect(stage.getByRole('status')).toContainText(STAGE_SAMPLE_STRINGS[locale].sampleLoaded.split('{account}')[0]!.trim());
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(BANNER[locale]);
    // Announced once, when the tab enters the demo.
    await expect(announcer).toHaveText(BANNER[locale]);
    await stage.getByLabel(STAGE_STRINGS[locale].targetLabel, { exact: true }).selectOption('partnership');
    await expect.poll(async () => (await demoAssessments(page)).includes('"targetStage":"partnership"')).toBe(true);
    expect(await realKeys(page)).toEqual(before);

    // 2. Uncoupling: the next page opens in the demo (banner shown, not announced again); tick a risk.
    const unc = await open(page, locale, 'uncoupling');
    await expect(banner).toBeVisible();
    await expect(announcer).toBeEmpty();
    await unc.locator('[data-action="load-sample"]').click();
    await expect(unc.getByRole('status')).toContainText(UNCOUPLING_STRINGS[locale].sampleLoaded.split('{account}')[0]!.trim());
    await unc.getByRole('checkbox', { name: d.indicators['bad-news-late'] }).check();
    await expect.poll(async () => (await demoAssessments(page)).includes('bad-news-late')).toBe(true);
    expect(await realKeys(page)).toEqual(before);

    // 3. Account plan: load the sample plan, type a mission.
    const plan = await open(page, locale, 'account-plan');
    await plan.locator('[data-action="load-sample"]').click();
    await expect(plan.getByRole('status')).toContainText(PLAN_STRINGS[locale].sampleLoaded.split('{account}')[0]!.trim());
    await plan.getByRole('textbox', { name: d.planSections.mission.name }).fill('Typed while exploring the sample');
    await expect.poll(async () => (await demoAssessments(page)).includes('Typed while exploring the sample')).toBe(true);
    expect(await realKeys(page)).toEqual(before);

    const axe = await new AxeBuilder({ page }).include('[data-demo-banner]').withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // 4. Another tab on the same site is not switched: it shows the user's own data, no banner.
    const other = await context.newPage();
    await other.goto(`/${locale}/my-data/`);
    await expect(other.locator('[data-widget="my-data"] tr[data-store="portfolio"]')).toContainText(
      MY_DATA[locale]['contents.portfolio'].replace('{clients}', '3').replace('{keyAccounts}', '2').replace('{monthlySales}', '0'),
    );
    await expect(other.locator('[data-demo-banner]')).toBeHidden();
    await expect(other.locator('[data-action="reset-all"]')).toBeVisible();
    await other.close();

    // 5. My data in the demo says so and offers no backup, restore or reset.
    await page.goto(`/${locale}/my-data/`);
    const myData = page.locator('[data-widget="my-data"]');
    await expect(myData.locator('[data-my-data-demo]')).toBeVisible();
    await expect(myData.locator('[data-action="reset-all"]')).toHaveCount(0);
    await expect(myData.locator('[data-action="restore-file"]')).toHaveCount(0);
    expect(await realKeys(page)).toEqual(before);

    // 6. Back to my data, from the keyboard: the page reloads on the real workspace, untouched.
    await banner.locator('[data-action="leave-demo"]').focus();
    await page.keyboard.press('Enter');
    await expect(myData.locator('[data-action="reset-all"]')).toBeVisible();
    await expect(banner).toBeHidden();
    await expect(myData.locator('tr[data-store="portfolio"]')).toContainText(
      MY_DATA[locale]['contents.portfolio'].replace('{clients}', '3').replace('{keyAccounts}', '2').replace('{monthlySales}', '0'),
    );
    const again = await open(page, locale, 'account-plan');
    await expect(again.getByRole('textbox', { name: d.planSections.mission.name })).toHaveValue(REAL_MISSION);
    await expect(banner).toBeHidden();
    expect(await realKeys(page)).toEqual(before);
    // The sample work is kept aside for the next visit.
    expect(await demoAssessments(page)).toContain('Typed while exploring the sample');
  });
}
