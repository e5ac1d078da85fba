// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * The site is fully static: every page is prerendered, every tool runs in the browser.
 * SITE_URL is the public address the `dist/` folder will be served from; it only feeds
 * absolute URLs (canonical, hreflang, sitemap). Locally it is the preview server.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

/**
 * Astro's MDX modules start with a "use astro:head-inject" marker that Astro reads before bundling;
 * Rolldown then warns, once per MDX file (22 warnings, ~220 lines per build), that it may not keep
 * the directive, which nothing needs after that point (Astro bug withastro/astro#18087). Only that
 * warning is dropped. A plugin, because Astro rebuilds each build environment's rolldownOptions and
 * a top-level `build.rolldownOptions.onwarn` never reaches the prerender build that warns.
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectDirective() {
  return {
    name: 'kam:quiet-head-inject-directive',
    configEnvironment(_name, config) {
      const rolldownOptions = ((config.build ??= {}).rolldownOptions ??= {});
      const previous = rolldownOptions.onwarn;
      rolldownOptions.onwarn = (warning, warn) => {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
        if (previous) previous(warning, warn);
        else warn(warning);
      };
    },
  };
}

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Keep whitespace between inline elements (Astro 7's default 'jsx' mode eats it).
  compressHTML: true,
  i18n: {
    locales: ['en', { path: 'pt-br', codes: ['pt-BR', 'pt'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), preact()],
  markdown: { syntaxHighlight: 'prism' },
  build: {
    // Every page's CSS inline (CSP-hashed like the rest): no render-blocking stylesheet request before
    // the first paint, and one gzip stream for HTML and CSS. Measured: the longest lesson (pt-BR
    // relationship stages) is 23.6 KB in total this way and 24.7 KB with external stylesheets (budget
    // 24 KB). Lighthouse's first-paint figures did not differ beyond run-to-run noise on this VM.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      // Every script and style Astro emits is hashed; nothing inline is allowed otherwise.
      // 'wasm-unsafe-eval' is what pagefind's WebAssembly search needs, and nothing more.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
      ],
    },
  },
  vite: {
    plugins: [quietHeadInjectDirective()],
    build: {
      assetsInlineLimit: 0,
      sourcemap: !!process.env.SOURCEMAP,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // Vite's helper behind every dynamic import, on its own: the text pages' header script
                // uses it too, and the runtime group (which now fetches the migrations lazily) would
                // otherwise take it in as a dependency and bring the whole runtime to every text page.
                name: 'preload-helper',
                test: /vite\/preload-helper/,
                priority: 1,
              },
              {
                // What every tool needs before it can draw: Preact, the stores and their validation,
                // and the small helpers nearly every island imports (the portfolio and settings
                // stores, number/date/plural formatting). One file instead of ~25 small ones: fewer
                // round trips before hydration, and gzip compresses one file better than many
                // (measured with `npm run budget -- --json`: −2 KB on most tool pages and lessons
                // with tools, +1.4 KB on class results, which uses no portfolio). Four small domain
                // modules shared by many schemas and tools (influence levels, the matrix score range,
                // currency codes, client keys) too: each was a file of its own on ~40 pages (measured: −0.1 to −0.3 KB on the
                // pages closest to their target, +0.1 on pages far from theirs). Not the lazy-import
                // helpers: the text pages' header script shares them, and would then load this chunk.
                name: 'runtime',
                test: /\/node_modules\/(preact|nanostores|@nanostores\/preact|valibot)\/|\/src\/state\/(storage|status|persisted|safety|migrationGate|schemaVersion|storedValue|ids|workspace|portfolio|settings)\.ts|\/src\/state\/schemas\/(portfolio|settings|common)\.ts|\/src\/domain\/(validation|isoDate|influence|matrixScore|currencyCodes|clientKey)\.ts|\/src\/i18n\/(fill|locales|plural|format|paths)\.ts|\/src\/widgets\/shared\/useStored\.ts/,
              },
            ],
          },
        },
        treeshake: {
          // Our pure modules (domain, state, i18n, course) have no import-time side effects, so
          // what a page does not use is dropped even when it is reached through an index file.
          // Without this, importing one name from src/domain pulled PapaParse and the whole CSV
          // import into every tool page (measured: 31.6 KB → 8.5 KB gzipped for the shared chunk).
          // zod.ts sets zod's CSP-safe flag on import and is kept. Only these folders are listed:
          // a package-wide "sideEffects": false also stripped chart.js's registrations (blank charts).
          // PapaParse (a UMD file) has no import-time effects either: a page that uses no parsing
          // function does not get it.
          moduleSideEffects: (id) =>
            !/\/src\/(domain|state|i18n|course)\/(?!zod\.ts)[^?]*\.tsx?$/.test(id) && !/\/node_modules\/papaparse\//.test(id),
        },
      },
    },
  },
});
