import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { diagnoseStage } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { STRINGS } from '../src/widgets/stage-diagnosis/strings.ts';
import { SAMPLE_STRINGS } from '../src/widgets/stage-diagnosis/sampleStrings.ts';
import { DETAIL_STRINGS } from '../src/widgets/stage-diagnosis/detailStrings.ts';

/**
 * Stage self-diagnosis in both languages: load the sample (the sample company, its largest clients
 * as key accounts, example answers for the largest), check the verdict against the domain for what
 * is stored, the spread warning and the ladder picture, change an answer, switch to one question at
 * a time, reload and find the diagnosis in the history; axe on the filled widget.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];
type Stored = Record<
  string,
  { diagnoses: { id: string; date: string; answers: Record<string, string>; signals: string[]; stage: string }[] }
>;

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}assessments`) ?? 'null')
        ?.data ?? {},
  );
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/stage-diagnosis/`);
  const widget = page.locator('[data-widget="stage-diagnosis"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="stage-diagnosis"]')).toHaveCount(1);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: diagnose an account — sample, verdict = domain, spread, history after reload, axe`, async ({ page, problems }) => {
    void problems;
    const t = STRINGS[locale];
    const d = DOMAIN_TEXTS[locale];
    const widget = await open(page, locale);
    await expect(widget.locator('[data-action="load-sample"]')).toBeVisible();
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(SAMPLE_STRINGS[locale].sampleLoaded.split('{account}')[0]!.trim());

    const data = await stored(page);
    const [accountKey, assessment] = Object.entries(data).find(([, a]) => a.diagnoses.length > 0)!;
    const diag = assessment.diagnoses[0]!;
    const expected = diagnoseStage({ answers: diag.answers, signals: diag.signals });
    expect(diag.stage).toBe(expected.stage);
    await expect(widget.locator('.sd-verdict')).toContainText(d.stages[expected.stage].name);
    await expect(widget.locator('.stage-ladder .rung.is-current')).toHaveCount(1);
    await expect(widget.getByRole('heading', { name: DETAIL_STRINGS[locale].spreadTitle })).toBeVisible();

    // Answer the first question differently: the result and the stored diagnosis follow.
    await widget.getByRole('radio', { name: d.questions.business.options.synergistic }).check();
    await expect.poll(async () => (await stored(page))[accountKey]!.diagnoses[0]!.answers['business']).toBe('business.synergistic');
    const after = (await stored(page))[accountKey]!.diagnoses[0]!;
    await expect(widget.locator('.sd-verdict')).toContainText(
      d.stages[diagnoseStage({ answers: after.answers, signals: after.signals }).stage].name,
    );

    // Target stage, with the "higher is not always better" note.
    await widget.getByLabel(t.targetLabel, { exact: true }).selectOption('partnership');
    await expect(widget.getByText(t.targetHint)).toBeVisible();

    // One question at a time.
    await widget.getByRole('radio', { name: t.modeOne }).check();
    await expect(widget.locator('.sd-step-of')).toHaveText(DETAIL_STRINGS[locale].questionOf.replace('{n}', '1').replace('{total}', '11'));
    await widget.getByRole('button', { name: DETAIL_STRINGS[locale].next }).click();
    await expect(widget.getByText(d.questions.share.text)).toBeVisible();

    await page.reload();
    const again = await open(page, locale);
    const history = again.getByRole('region', { name: t.historyTitle });
    await expect(history.locator('li')).toHaveCount(1);
    await expect(history).toContainText(d.stages.partnership.name); // the target, kept
    await expect(again.getByRole('radio', { name: d.questions.business.options.synergistic })).toBeChecked();
    await expect(again.locator('.chart-figure figcaption')).toContainText(
      DETAIL_STRINGS[locale].chartSummaryOne.split('{account}')[0]!.trim(),
    );

    const results = await new AxeBuilder({ page }).include('[data-widget="stage-diagnosis"]').withTags(AXE_TAGS).analyze();
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

test('quick try works without a portfolio and is kept apart from clients', async ({ page, problems }) => {
  void problems;
  const d = DOMAIN_TEXTS.en;
  const widget = await open(page, 'en');
  await expect(widget.getByText(STRINGS.en.emptyHint)).toBeVisible();
  await widget.getByRole('radio', { name: d.questions.business.options.early }).check();
  await expect(widget.locator('.sd-verdict')).toContainText(d.stages.early.name);
  await expect.poll(async () => (await stored(page))['__try__']?.diagnoses.length).toBe(1);
});
