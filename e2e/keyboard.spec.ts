import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openTool } from './helpers';
import { STAGE_QUESTIONS } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { STRINGS as UNCOUPLING } from '../src/widgets/uncoupling/strings.ts';

/**
 * Keyboard-only journeys, one widget of each kind: a calculator (Pareto), a questionnaire (stage
 * diagnosis), a checklist (uncoupling) and a form (account plan). Every step is reached with Tab
 * from the top of the page and done with Enter, Space, arrows or typing: no clicks. (The matrix
 * and the quiz have their keyboard steps in their own specs.) Then `prefers-reduced-motion`: a chart
 * is drawn complete at once, with no animation frames.
 */
test.describe.configure({ timeout: 120_000 });

/** Presses Tab until `target` has the focus; fails when it is not in the tab order. */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with Tab in ${max} presses: ${target.toString()}`);
}

/** Opens a tool page and loads its sample with Tab and Enter; returns the widget. */
async function openWithSampleByKeyboard(page: Page, tool: string): Promise<Locator> {
  await openTool(page, `/en/tools/${tool}/`, tool);
  const widget = page.locator(`[data-widget="${tool}"]`);
  await tabTo(page, widget.locator('[data-action="load-sample"]'));
  await page.keyboard.press('Enter');
  return widget;
}

async function storedData(page: Page, store: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}${name}`) ?? 'null')
        ?.data ?? null,
    store,
  );
}

test('calculator (Pareto): load the sample and change the class A threshold with the keyboard', async ({ page, problems }) => {
  void problems;
  const widget = await openWithSampleByKeyboard(page, 'pareto');
  const classA = widget.locator('tr[data-class="A"] td.num').first();
  await expect(classA).toHaveText('11'); // lesson 2: 11 clients make 80 % of the sample's sales

  await tabTo(page, widget.getByLabel('Class A up to (% of revenue)'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('50');
  await expect(widget.locator('[data-rule]')).toContainText('50');
  const fewer = Number(await classA.innerText());
  expect(fewer).toBeGreaterThan(0);
  expect(fewer).toBeLessThan(11);
});

test('questionnaire (stage diagnosis): load the sample, change an answer with the arrow keys, saved', async ({ page, problems }) => {
  void problems;
  const widget = await openWithSampleByKeyboard(page, 'stage-diagnosis');
  await expect(widget.locator('[data-stage]')).toHaveAttribute('data-stage', 'mid');

  const question = STAGE_QUESTIONS[0]!;
  const group = widget.locator('fieldset.sd-question').first();
  const checked = group.locator('input[type="radio"]:checked');
  const before = await checked.inputValue();
  await tabTo(page, checked);
  await page.keyboard.press('ArrowDown');
  const after = await checked.inputValue();
  expect(after).not.toBe(before);
  await expect
    .poll(async () => {
      const assessments = (await storedData(page, 'assessments')) as Record<
        string,
        { diagnoses: { answers: Record<string, string> }[] }
      > | null;
      return Object.values(assessments ?? {}).some((a) => a.diagnoses.at(-1)?.answers[question.id] === after);
    })
    .toBe(true);
});

test('checklist (uncoupling): load the sample and tick a risk with Space, kept after reload', async ({ page, problems }) => {
  void problems;
  const widget = await openWithSampleByKeyboard(page, 'uncoupling');
  await expect(widget.getByRole('status')).toContainText(UNCOUPLING.en.sampleLoaded.split('{account}')[0]!.trim());
  // The first indicator the sample left unticked on the open account.
  const indicator = (await widget
    .locator('input[type="checkbox"]:not(:checked)')
    .first()
    .getAttribute('value')) as keyof typeof DOMAIN_TEXTS.en.indicators;
  const box = widget.getByRole('checkbox', { name: DOMAIN_TEXTS.en.indicators[indicator] });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();

  await page.reload();
  await openTool(page, '/en/tools/uncoupling/', 'uncoupling');
  await expect(
    page.locator('[data-widget="uncoupling"]').getByRole('checkbox', { name: DOMAIN_TEXTS.en.indicators[indicator] }),
  ).toBeChecked();
});

test('form (account plan): load the sample plan and type the mission with the keyboard, kept after reload', async ({ page, problems }) => {
  void problems;
  const widget = await openWithSampleByKeyboard(page, 'account-plan');
  const mission = widget.locator('[data-section="mission"] textarea');
  await tabTo(page, mission);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Be the supplier they call first; ação & <b>ç</b>');
  await expect(mission).toHaveValue('Be the supplier they call first; ação & <b>ç</b>');

  await page.reload();
  await openTool(page, '/en/tools/account-plan/', 'account-plan');
  await expect(page.locator('[data-widget="account-plan"] [data-section="mission"] textarea')).toHaveValue(
    'Be the supplier they call first; ação & <b>ç</b>',
  );
});

test('prefers-reduced-motion: a chart is complete from its first frame', async ({ page, problems }) => {
  void problems;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTool(page, '/en/tools/pareto/', 'pareto');
  const widget = page.locator('[data-widget="pareto"]');
  await widget.locator('[data-action="load-sample"]').click();
  const figure = widget.locator('[data-chart="drawn"]').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toBeVisible();
  const canvas = figure.locator('canvas');
  const pixels = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const first = await pixels();
  await page.waitForTimeout(1_000); // chart.js animates for 1 s by default
  expect(await pixels()).toBe(first);
  // And it is not blank: something was painted.
  expect(
    await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    }),
  ).toBe(true);
});
