import { expect, test } from './fixtures';

/**
 * Every tool that draws a chart really draws it: chart.js is fetched when the figure is visible,
 * the figure reports `data-chart="drawn"`, and its canvas holds painted pixels (a build setting
 * once tree-shook chart.js's registrations away and left blank canvases behind passing tests).
 */
const TOOLS = ['pareto', 'new-customers', 'stage-diagnosis', 'uncoupling', 'classification-matrix', 'fit-cost', 'dpm', 'account-review'];

for (const tool of TOOLS) {
  test(`${tool}: the chart is drawn after loading the sample`, async ({ page, problems }) => {
    void problems;
    test.slow();
    await page.goto(`/en/tools/${tool}/`);
    const widget = page.locator(`[data-widget="${tool}"]`);
    // Click only once the island has hydrated (Astro drops the `ssr` attribute then).
    await widget.scrollIntoViewIfNeeded();
    await expect(page.locator(`astro-island:not([ssr]) [data-widget="${tool}"]`)).toBeVisible();
    await widget.locator('[data-action="load-sample"]').first().click();
    const figure = widget.locator('figure.chart-figure').first();
    // A tool whose chart rows are fetched with the data (the DPM) shows its empty figure until they
    // arrive, then the figure with the rows: scroll to whichever is there until the last one is drawn.
    await expect(async () => {
      await figure.scrollIntoViewIfNeeded({ timeout: 2_000 });
      await expect(figure).toHaveAttribute('data-chart', 'drawn', { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    // The first frames of chart.js's entry animation can still be blank: poll.
    const painted = () =>
      figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) return 0;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
        return count;
      });
    await expect.poll(painted, { timeout: 10_000 }).toBeGreaterThan(500);
  });
}
