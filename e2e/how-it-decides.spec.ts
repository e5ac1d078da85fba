import AxeBuilder from '@axe-core/playwright';
import { DEPENDENCE_NOTICE_SHARE, DEPENDENCE_STRONG_SHARE } from '../src/domain/index.ts';
import { formatPercent } from '../src/i18n/format.ts';
import { expect, test } from './fixtures';
import { AXE_TAGS, nbsp } from './helpers';

/**
 * Every tool page, and the dashboard, has its "How this tool decides" note under the tool: closed
 * at first, opened with the keyboard, course heuristics marked, numbers from the domain constants.
 */
const TOOLS = [
  'portfolio',
  'pareto',
  'new-customers',
  'stage-diagnosis',
  'uncoupling',
  'account-plan',
  'classification-matrix',
  'fit-cost',
  'dpm',
  'cost-to-serve',
  'value-proposition',
  'kraljic',
] as const;
const SUMMARY = { en: 'How this tool decides', 'pt-br': 'Como esta ferramenta decide' } as const;

for (const locale of ['en', 'pt-br'] as const) {
  test(`${locale}: a "How this tool decides" note under every tool`, async ({ page, problems }) => {
    void problems;
    test.slow();
    for (const tool of TOOLS) {
      await page.goto(`/${locale}/tools/${tool}/`);
      const note = page.locator(`details[data-how-decides="${tool}"]`);
      await expect(note, tool).toHaveCount(1);
      // Under the tool, not above it.
      const below = await page.evaluate((name) => {
        const widget = document.querySelector(`[data-widget="${name}"]`);
        const details = document.querySelector(`details[data-how-decides="${name}"]`);
        return !!widget && !!details && (widget.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      }, tool);
      expect(below, tool).toBe(true);
      await expect(note.locator('li[data-origin="course"]').first(), tool).toBeAttached();
    }

    await page.goto(`/${locale}/tools/pareto/`);
    const note = page.locator('details[data-how-decides="pareto"]');
    await expect(note).not.toHaveAttribute('open', '');
    await note.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(note).toHaveAttribute('open', '');
    await expect(note.locator('summary')).toHaveText(SUMMARY[locale]);
    const dependence = nbsp(await note.locator('li[data-rule="pareto.dependence"]').innerText());
    expect(dependence).toContain(nbsp(formatPercent(locale, DEPENDENCE_NOTICE_SHARE)));
    expect(dependence).toContain(nbsp(formatPercent(locale, DEPENDENCE_STRONG_SHARE)));
    const axe = await new AxeBuilder({ page }).include('details[data-how-decides]').withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await page.goto(`/${locale}/dashboard/`);
    await expect(page.locator('details[data-how-decides="dashboard"] li')).toHaveCount(3);
  });
}
