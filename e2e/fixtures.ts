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
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

export const test = base.extend<{ problems: PageProblems }>({
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
