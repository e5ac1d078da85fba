/**
 * The one zod import of the code that runs in the browser (domain and state). It is zod's "mini"
 * build: the same validation core with functions instead of methods (`z.optional(x)`,
 * `.check(z.maxLength(n))`), which tree-shakes to a few KB where the classic API ships ~30 KB
 * gzipped to every page with a tool (measured; the budget for such a page is 35 KB of JS). Zod 4 compiles
 * object parsers with `new Function`, and the first time it parses an object it probes whether
 * that is allowed. Under the site's Content-Security-Policy (no 'unsafe-eval') the probe fails
 * quietly but is still reported as a CSP violation. `jitless` turns the probe and the compiler off.
 * Every schema module imports `z` from here, so the flag is set before any schema is used.
 *
 * The flag is set on the global config object zod itself reads (`globalThis.__zod_globalConfig`):
 * the production bundler dropped a plain `z.config({ jitless: true })` call (zod declares itself
 * free of side effects), but an assignment to a global is a side effect no bundler may remove.
 */
import * as z from 'zod/mini';

const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export { z };
