import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test page is watched: a console error, an uncaught exception, a failed request or a
 * request to another origin fails the test (the site promises to send nothing anywhere).
 */
export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  cspViolations: string[];
}

export function watch(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { errors: [], foreignRequests: [], failedRequests: [], cspViolations: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    // Downloads and aborted navigations are not failures of the site.
    const failure = request.failure()?.errorText ?? '';
    if (!failure.includes('ERR_ABORTED')) problems.failedRequests.push(`${request.url()} ${failure}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

/**
 * Waits until every island in the viewport has hydrated (Astro removes its `ssr` attribute), so a
 * test clicks a working button, as a person would a moment after the page appears. Islands below
 * the fold hydrate when scrolled to; tests that scroll wait for them themselves.
 */
export async function islandsReady(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
          // Islands are `display: contents`: measure what they render.
          const box = (island.firstElementChild ?? island).getBoundingClientRect();
          return box.bottom < 0 || box.top > innerHeight || (box.height === 0 && box.width === 0);
        }),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

export const test = base.extend<{ problems: PageProblems }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await islandsReady(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await islandsReady(page);
      return response;
    };
    await use(page);
  },
  problems: async ({ page, baseURL }, use) => {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const problems = watch(page, baseURL ?? 'http://127.0.0.1:4321');
    await use(problems);
    expect(problems.errors, 'console errors').toEqual([]);
    expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
  },
});
export { expect };
