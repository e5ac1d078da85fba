import type { Locale } from './locales';
import { lazyImport } from '../scripts/lazyImport';

/**
 * Texts for the page's language only. Every page is in one language and its islands are always
 * rendered in it, so the browser needs one of the two dictionaries; loading both doubled the
 * largest text modules on every tool page (measured: domain texts 14.7 KB gzipped for both,
 * about half for one). On the server (both languages are rendered) and in tests, both are loaded.
 * Used with top-level `await` by the dictionary modules, so an island's code is complete before it
 * hydrates. Chunks named `en.*.js` / `pt-br.*.js` are counted by scripts/budget.mjs for the page.
 */
export async function loadPageLocale<T>(loaders: Record<Locale, () => Promise<{ default: T }>>): Promise<Record<Locale, T>> {
  // `import.meta.env` is Vite's; plain Node (Playwright specs, benchmarks) has none.
  const env = (import.meta as { env?: { SSR?: boolean; MODE?: string } }).env;
  if (!env || env.SSR || env.MODE === 'test' || typeof document === 'undefined') {
    const [en, pt] = await Promise.all([loaders.en(), loaders['pt-br']()]);
    return { en: en.default, 'pt-br': pt.default };
  }
  const locale: Locale = document.documentElement.lang.toLowerCase().startsWith('pt') ? 'pt-br' : 'en';
  const texts = (await lazyImport(loaders[locale])).default;
  // An island is never rendered in the other language; should one ever be, it gets words rather
  // than a crash.
  return { en: texts, 'pt-br': texts };
}
