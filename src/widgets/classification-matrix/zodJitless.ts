/**
 * Sets zod's `jitless` flag through the global config object zod itself reads
 * (`globalThis.__zod_globalConfig`), before the domain builds or parses any schema.
 *
 * Why here as well as in src/state/zodConfig.ts: in the production build the `z.config({ jitless:
 * true })` call of that module does not survive bundling (no `jitless:!0` anywhere in dist/_astro),
 * so the first object parse probes `new Function('')`, which the site's CSP reports as a
 * `script-src eval` violation (seen on the DPM and fit/cost pages in e2e). A plain assignment to a
 * global is a side effect no bundler may drop. Imported first by the three matrix islands.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};
