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
    build: { assetsInlineLimit: 0 },
  },
});
