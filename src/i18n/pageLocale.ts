import type { Locale, Texts } from './locales';
import { lazyImport } from '../scripts/lazyImport';

type Loader<T> = () => Promise<{ default: T }>;

/**
 * A dictionary in both languages, for the page's language only. Every page is in one language and
 * its islands are always rendered in it, so the browser needs one of the two dictionaries; loading
 * both doubled the largest text modules on every tool page (measured: domain texts 14.7 KB gzipped
 * for both, about half for one). On the server (both languages are rendered) and in tests, both
 * are loaded. Used with top-level `await` by the dictionary modules, so an island's code is complete
 * before it hydrates. Chunks named `en.*.js` / `pt-br.*.js` are counted by scripts/budget.mjs.
 *
 * Each dictionary module is one line:
 *   export const STRINGS = await pageStrings(() => import('./strings.en'), () => import('./strings.pt-br'));
 * The type comes from the English file (its keys, any string values); the Portuguese file is typed
 * by it (`Dictionary<typeof en>`), so a missing translation fails the type check. Explicit imports rather than `import.meta.glob`:
 * Playwright specs import these modules in plain Node, where only `import()` exists.
 */
export async function pageStrings<T>(en: Loader<T>, ptBr: Loader<Texts<T>>): Promise<Record<Locale, Texts<T>>> {
  // English is its own shape with the literal types widened to string, which TypeScript cannot
  // prove for an unknown T.
  const loaders: Record<Locale, Loader<Texts<T>>> = { en: en as Loader<Texts<T>>, 'pt-br': ptBr };
  // `import.meta.env` is Vite's; plain Node (Playwright specs, benchmarks) has none.
  const env = (import.meta as { env?: { SSR?: boolean; MODE?: string } }).env;
  if (!env || env.SSR || env.MODE === 'test' || typeof document === 'undefined') {
    const [english, portuguese] = await Promise.all([loaders.en(), loaders['pt-br']()]);
    return { en: english.default, 'pt-br': portuguese.default };
  }
  const locale: Locale = document.documentElement.lang.toLowerCase().startsWith('pt') ? 'pt-br' : 'en';
  const texts = (await lazyImport(loaders[locale])).default;
  // An island is never rendered in the other language; should one ever be, it gets words rather
  // than a crash.
  return { en: texts, 'pt-br': texts };
}
