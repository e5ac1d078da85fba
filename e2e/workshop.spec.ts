import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { AXE_TAGS } from './helpers';

/**
 * The workshop kit as a trainer uses it: two participants (two browser contexts, two different
 * sets of answers) export their results; the trainer imports both plus a broken file and sees the
 * class's figures. Every workshop page passes axe in both languages.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];
const PAGES = ['workshop/', 'workshop/guide/', 'workshop/case/', 'workshop/class-results/', 'workshop/worksheets/'];

interface QuizFile {
  lesson: string;
  questions: { id: string; options: unknown[]; answer: number }[];
}
const quizOf = (locale: Locale, lesson: string): QuizFile =>
  JSON.parse(readFileSync(`content/quizzes/${locale}/${lesson}.json`, 'utf8')) as QuizFile;

const T = {
  en: {
    name: 'Your name',
    group: 'Your group (optional)',
    export: 'Export my workshop results',
    files: /Choose results files/,
    imported: '2 files imported, 1 rejected, 0 duplicates.',
    participants: '2 participants in 2 groups.',
  },
  'pt-br': {
    name: 'Seu nome',
    group: 'Seu grupo (opcional)',
    export: 'Exportar meus resultados do workshop',
    files: /Escolher arquivos de resultados/,
    imported: '2 arquivos importados, 1 recusado, 0 duplicado.',
    participants: '2 participantes em 2 grupos.',
  },
} as const;

async function island(page: Page, widget: string) {
  const root = page.locator(`[data-widget="${widget}"]`).first();
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`).first()).toBeVisible();
  return root;
}

async function axe(page: Page, where: string) {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => {
      document.documentElement.dataset['theme'] = t;
    }, theme);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${theme}: ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
      `axe on ${where}`,
    ).toEqual([]);
  }
}

/** One participant in a fresh browser: a quiz (all right or all wrong), a stage diagnosis, then the export. */
async function participant(
  browser: Browser,
  baseURL: string,
  locale: Locale,
  who: { name: string; group: string; right: boolean; signal: boolean },
) {
  const context = await browser.newContext({ acceptDownloads: true, baseURL });
  const page = await context.newPage();
  const problems = watch(page, baseURL);

  // Quiz of lesson 1.
  const quiz = quizOf(locale, 'what-is-kam');
  await page.goto(`/${locale}/lessons/what-is-kam/`);
  await island(page, 'quiz');
  for (const q of quiz.questions) {
    const pick = who.right ? q.answer : (q.answer + 1) % q.options.length;
    await page.locator(`#quiz-${quiz.lesson}-${q.id}-${pick}`).check();
    await page.locator(`#quiz-${quiz.lesson}-${q.id}-action`).click();
    await expect(page.locator(`#quiz-${quiz.lesson}-${q.id}`)).not.toHaveAttribute('data-result', 'open');
  }
  await expect(page.locator('[data-widget="quiz"] [data-score]')).toHaveAttribute(
    'data-score',
    who.right ? String(quiz.questions.length) : '0',
  );

  // Stage diagnosis of the sample company's lesson-5 account (Hospital Santa Clara).
  await page.goto(`/${locale}/tools/stage-diagnosis/`);
  const sd = await island(page, 'stage-diagnosis');
  await sd.locator('[data-action="load-sample"]').click();
  await expect(sd.locator('.sd-verdict')).toBeVisible();
  if (who.signal) {
    // The customer has decided to leave: a decisive signal makes the stage Uncoupling-KAM.
    await sd.locator('.sd-signals input[type="checkbox"]').first().check();
    await expect(sd.locator('.sd-verdict')).toHaveAttribute('data-stage', 'uncoupling');
  }
  const stage = await sd.locator('.sd-verdict').getAttribute('data-stage');

  // Export.
  await page.goto(`/${locale}/workshop/`);
  const wr = await island(page, 'workshop-results');
  await wr.getByLabel(T[locale].name).fill(who.name);
  await wr.getByLabel(T[locale].group).fill(who.group);
  await expect(wr.locator('[data-count="diagnoses"]')).toContainText('1');
  const [download] = await Promise.all([page.waitForEvent('download'), wr.getByRole('button', { name: T[locale].export }).click()]);
  const path = test.info().outputPath(`${who.name.replace(/\W+/g, '-')}-${locale}.json`);
  await download.saveAs(path);
  expect(download.suggestedFilename()).toMatch(/^workshop-results-.*\.json$/);
  expect(problems.errors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await context.close();
  return { path, stage };
}

for (const locale of LOCALES) {
  test(`${locale}: two participants export, the trainer imports both plus a broken file and sees the class`, async ({
    page,
    problems,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    void problems;
    const base = baseURL ?? 'http://127.0.0.1:4321';
    const ana = await participant(browser, base, locale, { name: 'Ana Souza', group: 'Mesa 1', right: true, signal: false });
    const bruno = await participant(browser, base, locale, { name: 'Bruno Lima', group: 'Mesa 2', right: false, signal: true });
    expect(bruno.stage).toBe('uncoupling');
    const results = JSON.parse(readFileSync(ana.path, 'utf8'));
    expect(results).toMatchObject({
      app: 'kam-academy',
      kind: 'workshop-results',
      version: 1,
      participant: 'Ana Souza',
      group: 'Mesa 1',
      locale,
    });
    const account = results.diagnoses[0].account as string;

    await page.goto(`/${locale}/workshop/class-results/`);
    const cr = await island(page, 'class-results');
    // The page says how the files get here: export → e-mail/USB/shared folder → import here.
    await expect(page.locator('[data-class-how] li')).toHaveCount(3);
    await expect(page.locator('[data-class-how] a')).toHaveAttribute('href', `/${locale}/workshop/#my-results`);
    const broken = test.info().outputPath('broken.json');
    await cr.getByLabel(T[locale].files).setInputFiles([ana.path, bruno.path, 'tests/fixtures/workshop/broken.json']);
    void broken;
    await expect(cr.locator('[data-import-summary]')).toHaveText(T[locale].imported);
    await expect(cr.locator('[data-participants]')).toHaveText(T[locale].participants);
    await expect(cr.locator('table[data-table="rejected"] tbody tr')).toHaveCount(1);
    await expect(cr.locator('table[data-table="rejected"] tbody th')).toHaveText('broken.json');

    // Quiz: one participant had everything right, the other nothing: average 50 %, min 0 %, max 100 %.
    const quizRow = cr.locator('[data-section="quizzes"] table tbody tr').first();
    await expect(quizRow.locator('td')).toHaveText(['2', /^50\s?%$/, /^0\s?%$/, /^100\s?%$/]);

    // Stages: the same account, one diagnosis each.
    const stageRow = cr.locator(`table[data-table="stages"] tr[data-account="${account}"]`);
    await expect(stageRow.locator('[data-stage="uncoupling"]')).toHaveText(ana.stage === 'uncoupling' ? '2' : '1');
    await expect(stageRow.locator(`[data-stage="${ana.stage}"]`)).toHaveText(ana.stage === 'uncoupling' ? '2' : '1');

    // Charts draw (chart.js loads lazily) and the whole page passes axe.
    await page.locator('[data-section="quizzes"] canvas').scrollIntoViewIfNeeded();
    await axe(page, `${locale} class results (filled in)`);
  });

  for (const path of PAGES) {
    test(`${locale}: /${path} renders and passes axe`, async ({ page, problems }) => {
      test.setTimeout(90_000);
      void problems;
      const response = await page.goto(`/${locale}/${path}`);
      expect(response?.ok()).toBeTruthy();
      await expect(page.locator('h1').first()).toBeVisible();
      await axe(page, `/${locale}/${path}`);
    });
  }

  test(`${locale}: the guide links lessons and tools; the worksheets carry the plan's sections and the checklist's causes`, async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto(`/${locale}/workshop/guide/`);
    await expect(page.locator('main table')).toHaveCount(2);
    await expect(page.locator(`a[href="/${locale}/tools/stage-diagnosis/"]`).first()).toBeVisible();
    await expect(page.locator(`a[href="/${locale}/lessons/relationship-stages/"]`).first()).toBeVisible();
    await page.goto(`/${locale}/workshop/worksheets/`);
    await expect(page.locator('#account-plan ~ .sheet-block h3, section:has(#account-plan) .sheet-block h3')).toHaveCount(12);
    await expect(page.locator('section:has(#uncoupling-checklist) .sheet-cause')).toHaveCount(7);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print]')).toBeHidden();
    await expect(page.locator('#account-plan')).toBeVisible();
  });

  test(`${locale}: the case page loads the sample company, asks before replacing data, and undoes`, async ({ page, problems }) => {
    void problems;
    await page.goto(`/${locale}/workshop/case/`);
    const loader = await island(page, 'workshop-sample');
    await loader.locator('[data-action="load-sample"]').click();
    await expect(loader.locator('[role="status"]')).toContainText('60');
    // Second time: data exists, so a confirmation with a summary comes first.
    await loader.locator('[data-action="load-sample"]').click();
    const confirm = loader.locator('[data-confirm="load-sample"]');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('60');
    await axe(page, `${locale} case with confirmation open`);
    await confirm.locator('[data-action="confirm-load-sample"]').click();
    await expect(loader.locator('[data-action="undo"]')).toBeVisible();
    await loader.locator('[data-action="undo"]').click();
    await expect(loader.locator('[role="status"]')).not.toBeEmpty();
  });
}

test('a workshop page whose print the browser refuses says so beside the button', async ({ page, problems }) => {
  void problems;
  // Some embedded and locked-down browsers throw from window.print().
  await page.addInitScript(() => {
    window.print = () => {
      throw new Error('printing is disabled');
    };
  });
  await page.goto('/en/workshop/guide/');
  const button = page.locator('[data-print]');
  await button.click();
  await expect(page.getByRole('alert')).toHaveText(
    'The page could not be printed (printing is disabled). Use your browser’s own Print command (Ctrl+P, or ⌘P on a Mac).',
  );
  await button.click();
  await expect(page.getByRole('alert')).toHaveCount(1);
});
