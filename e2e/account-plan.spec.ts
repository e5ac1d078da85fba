import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { PLAN_SECTIONS, escapeMarkdown } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { STRINGS } from '../src/widgets/account-plan/strings.ts';
import { EDITOR_STRINGS } from '../src/widgets/account-plan/editorStrings.ts';
import { STRINGS as STAGE_STRINGS } from '../src/widgets/stage-diagnosis/strings.ts';
import { SAMPLE_STRINGS as STAGE_SAMPLE_STRINGS } from '../src/widgets/stage-diagnosis/sampleStrings.ts';
import { STRINGS as UNCOUPLING_STRINGS } from '../src/widgets/uncoupling/strings.ts';
import { STRINGS as TEAM_STRINGS } from '../src/widgets/account-team/strings.ts';
import { STRINGS as KRALJIC_STRINGS } from '../src/widgets/kraljic/strings.ts';
import { STRINGS as VP_STRINGS } from '../src/widgets/value-proposition/strings.ts';
import { EXTRAS_STRINGS } from '../src/widgets/account-plan/extrasStrings.ts';
import { COMMON } from '../src/i18n/common.ts';

/**
 * The whole journey in both languages: diagnose an account (stage tool), tick risks (uncoupling
 * tool), load the account-team, Kraljic and value-proposition samples, build its plan (pre-filled
 * from the first two), type text with markup characters, print view shows every section as a
 * document followed by the team, the buyer's view and the value proposition, reload and everything
 * is there, the Markdown download holds the typed text escaped and the extras; axe on the filled
 * plan builder.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];
const TYPED = 'Grow <script>alert(1)</script> | 50 % *together*';

async function open(page: Page, locale: Locale, tool: string) {
  await page.goto(`/${locale}/tools/${tool}/`);
  const widget = page.locator(`[data-widget="${tool}"]`);
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:not([ssr]) [data-widget="${tool}"]`)).toHaveCount(1);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: diagnose, tick risks, build a plan, print, reload, Markdown, axe`, async ({ page, problems }) => {
    void problems;
    const t = { ...STRINGS[locale], ...EDITOR_STRINGS[locale] };
    const d = DOMAIN_TEXTS[locale];

    // 1. Diagnose (sample answers for the largest key account).
    const stage = await open(page, locale, 'stage-diagnosis');
    await stage.locator('[data-action="load-sample"]').click();
    await expect(stage.getByRole('status')).toContainText(STAGE_SAMPLE_STRINGS[locale].sampleLoaded.split('{account}')[0]!.trim());
    await stage.getByLabel(STAGE_STRINGS[locale].targetLabel, { exact: true }).selectOption('partnership');
    const accountName = await stage.locator('.account-picker select option:checked').textContent();
    expect(accountName).toBeTruthy();

    // 2. Tick risks (sample ticks for the same account).
    const unc = await open(page, locale, 'uncoupling');
    await unc.locator('[data-action="load-sample"]').click();
    await expect(unc.getByRole('status')).toContainText(UNCOUPLING_STRINGS[locale].sampleLoaded.split('{account}')[0]!.trim());

    // 2b. The same account's team, buyer's view and value proposition (each tool's sample: the key
    // accounts of the case sheet, Hospital Santa Clara among them).
    for (const [tool, ready] of [
      ['account-team', TEAM_STRINGS[locale].sampleReady],
      ['kraljic', KRALJIC_STRINGS[locale].sampleReady],
      ['value-proposition', VP_STRINGS[locale].sampleReady],
    ] as const) {
      const w = await open(page, locale, tool);
      await w.locator('[data-action="load-sample"]').click();
      await expect(w.getByRole('status')).toContainText(ready.split('{account}')[0]!.trim());
    }

    // 3. The plan: the sample plan, pre-filled from the diagnosis and the checklist.
    const widget = await open(page, locale, 'account-plan');
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(t.sampleLoaded.split('{account}')[0]!.trim());
    await expect(widget.locator('.account-picker select option:checked')).toHaveText(accountName!);
    const known = widget.getByRole('region', { name: t.known });
    await expect(known).toContainText(d.stages.mid.name);
    await expect(known.locator('dd').first()).toHaveText('A');
    await expect(widget.getByLabel(t.currentStage)).toHaveValue('mid');
    await expect(widget.getByLabel(t.targetStage)).toHaveValue('partnership');
    const risks = widget.locator('[data-section="risks"]').first();
    await expect(risks.locator('select').first()).toHaveValue('key-personnel-change');

    // Type what a manager would, including markup characters.
    const mission = widget.getByRole('textbox', { name: d.planSections.mission.name });
    await mission.fill(TYPED);
    await widget.getByRole('textbox', { name: d.planSections.assumptions.name }).fill('Market grows 3 %\nNo new competitor');
    await widget.getByRole('textbox', { name: d.planSections.customerPortfolio.name }).fill('Core lines A | B');
    await widget.getByRole('button', { name: t.addRisk }).click();
    await widget
      .getByRole('group', { name: t.riskN.replace('{n}', '3') })
      .getByLabel(t.risk, { exact: true })
      .fill('Buyer retires *soon*');
    await widget.getByLabel(t.nextReview).fill('2031-03-15');
    await expect(widget.getByTestId('plan-missing')).toHaveText(t.complete);
    await expect(widget.locator('meter')).toHaveJSProperty('value', 1);
    await expect(widget.locator('.ap-saved')).toContainText(t.autosaved.split('{time}')[0]!.trim());

    // 4. Print view: the document, every section, no form controls.
    await page.emulateMedia({ media: 'print' });
    const doc = widget.locator('.ap-document');
    await expect(doc).toBeVisible();
    await expect(widget.locator('.ap-screen')).toBeHidden();
    for (const section of PLAN_SECTIONS) {
      await expect(doc.locator(`[data-section="${section}"] h2`)).toContainText(d.planSections[section].name);
    }
    await expect(doc.locator('[data-section="mission"]')).toContainText(TYPED);
    await expect(doc.locator('script')).toHaveCount(0);
    // After the plan: the team (its sponsor, who decides prices), the buyer's view with its stage cap
    // against the plan's target (leverage item: Mid-KAM at most, target Partnership-KAM), the proposition.
    const x = EXTRAS_STRINGS[locale];
    const team = doc.locator('[data-section="account-team"]');
    await expect(team).toBeVisible();
    await expect(team.locator('[data-sponsor]')).toHaveText(x.sponsor.replace('{names}', 'Marta'));
    await expect(team.locator('[data-raci] [data-decision="price"] td').first()).toHaveText('Marta');
    const buyer = doc.locator('[data-section="buyer-view"]');
    await expect(buyer).toHaveAttribute('data-quadrant', 'leverage');
    await expect(buyer).toContainText(x.buyerQuadrant.replace('{quadrant}', x['quadrant.leverage']));
    await expect(buyer).toContainText(x.buyerCap.replace('{cap}', d.stages.mid.name));
    await expect(buyer).toContainText(x['verdict.target-above-cap'].split('{target}')[0]!.trim());
    await expect(doc.locator('[data-section="value-proposition"] [data-proposition-page]')).toBeVisible();
    expect(await doc.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')).slice(-3))).toEqual([
      'account-team',
      'buyer-view',
      'value-proposition',
    ]);
    // On paper no table of the extras is cut between two pages.
    for (const table of await doc.locator('.apd-extra table').all()) {
      expect(await table.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    }
    await expect(doc.locator('input, select, textarea, button')).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });

    // 5. Reload: everything is there.
    await page.reload();
    const again = await open(page, locale, 'account-plan');
    await expect(again.getByRole('textbox', { name: d.planSections.mission.name })).toHaveValue(TYPED);
    // Stored ISO, shown the page's way (DateInput): dd/mm/aaaa on Portuguese pages.
    await expect(again.getByLabel(t.nextReview)).toHaveValue(locale === 'pt-br' ? '15/03/2031' : '2031-03-15');
    await expect(again.getByTestId('plan-missing')).toHaveText(t.complete);

    // 6. Markdown download: the typed text, escaped by the domain.
    const downloading = page.waitForEvent('download');
    await again.getByRole('button', { name: t.exportMd }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^account-plan-.+-\d{4}\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain(escapeMarkdown(TYPED));
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\|');
    expect(md).toContain('\\*together\\*');
    expect(md).not.toContain('<script>');
    expect(md).toContain(escapeMarkdown('Buyer retires *soon*', { inline: true }));
    expect(md).toContain(`## ${EXTRAS_STRINGS[locale].buyerTitle}`);
    expect(md).toContain(`- ${EXTRAS_STRINGS[locale].buyerCap.replace('{cap}', d.stages.mid.name)}`);

    const jsonDownloading = page.waitForEvent('download');
    await again.getByRole('button', { name: t.exportJson }).click();
    const json = JSON.parse(readFileSync((await (await jsonDownloading).path())!, 'utf8'));
    expect(json.mission).toBe(TYPED);

    const results = await new AxeBuilder({ page }).include('[data-widget="account-plan"]').withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('plan: duplicate for next year and delete with undo, kept after reload', async ({ page, problems }) => {
  void problems;
  const t = { ...STRINGS.en, ...EDITOR_STRINGS.en };
  const widget = await open(page, 'en', 'account-plan');
  const year = new Date().getFullYear();
  await widget.getByRole('button', { name: t.create.replace('{year}', String(year)) }).click();
  await widget.getByRole('button', { name: t.duplicate.replace('{year}', String(year + 1)) }).click();
  await expect(widget.getByText(`${t.planOf.replace('{year}', String(year + 1))} ${t.opened}`)).toBeVisible();
  await widget.getByRole('button', { name: t.deletePlan }).click();
  await widget.getByRole('button', { name: COMMON.en.undo }).click();
  await page.reload();
  const again = await open(page, 'en', 'account-plan');
  await expect(again.locator('.ap-plan-list li')).toHaveCount(2);
});

test('plan: a stored plan prints with Ctrl+P once it shows after a reload, without a click first', async ({ page, problems }) => {
  void problems;
  const t = { ...STRINGS.en, ...EDITOR_STRINGS.en };
  const d = DOMAIN_TEXTS.en;
  const widget = await open(page, 'en', 'account-plan');
  await widget.getByRole('button', { name: t.create.replace('{year}', String(new Date().getFullYear())) }).click();
  await widget.getByRole('textbox', { name: d.planSections.mission.name }).fill('Printed straight after opening');
  await expect(widget.locator('.ap-saved')).toContainText(t.autosaved.split('{time}')[0]!.trim());
  await page.reload();
  // The stored plan opens by itself after hydration; the editor and its printed document are fetched then.
  const again = await open(page, 'en', 'account-plan');
  await expect(again.getByRole('textbox', { name: d.planSections.mission.name })).toHaveValue('Printed straight after opening');
  await page.emulateMedia({ media: 'print' });
  const doc = again.locator('.ap-document');
  await expect(doc).toBeVisible();
  await expect(again.locator('.ap-screen')).toBeHidden();
  for (const section of PLAN_SECTIONS) {
    await expect(doc.locator(`[data-section="${section}"] h2`)).toContainText(d.planSections[section].name);
  }
  await expect(doc.locator('[data-section="mission"]')).toContainText('Printed straight after opening');
});
