import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the site (not tests): what ships to the browser or generates it. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles('src');

/** The code without its comments: a comment may mention localStorage or a window of time. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

describe('source rules that keep user data from becoming markup or leaving the device', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('never renders raw HTML (no dangerouslySetInnerHTML, set:html or innerHTML assignments)', () => {
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|set:html|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the domain pure (no DOM, storage, Preact, stores or chart.js)', () => {
    const domain = files.filter((f) => f.startsWith(join('src', 'domain')));
    const offenders = domain.filter((f) =>
      /from ['"](preact|@nanostores|nanostores|chart\.js|astro:)|\b(document|window|localStorage|sessionStorage)\./.test(code(f)),
    );
    expect(domain.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it('lets no widget touch storage directly (src/state does it, guarded)', () => {
    const widgets = files.filter((f) => f.startsWith(join('src', 'widgets')));
    const offenders = widgets.filter((f) => /\b(localStorage|sessionStorage)\b/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('sends every dynamic import of the site\'s code through lazyImport (a site update must not break an open page)', () => {
    // `import(` not preceded by `lazyImport(() => `, a loader map entry (`en: () => import(…)`, wrapped by
    // loadPageLocale), a type (`typeof import(…)`, `import(…).Name`), loadIntoDemo's loader argument or a
    // `lazyLoader(() => import(…))` component loader (both wrapped where they run). Pagefind's entry file
    // is not ours: its URL never changes, and it is missing in dev, where a reload would not help.
    // Header.astro's search and lazyImport.ts's loading of the reload itself go through Vite's preload
    // wrapper, which reports a failure (vite:preloadError).
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|set:html|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the domain pure (no DOM, storage, Preact, stores or chart.js)', () => {
    const domain = files.filter((f) => f.startsWith(join('src', 'domain')));
    const offenders = domain.filter((f) =>
      /from ['"](preact|@nanostores|nanostores|chart\.js|astro:)|\b(document|window|localStorage|sessionStorage)\./.test(code(f)),
    );
    expect(domain.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it('lets no widget touch storage directly (src/state does it, guarded)', () => {
    const widgets = files.filter((f) => f.startsWith(join('src', 'widgets')));
    const offenders = widgets.filter((f) => /\b(localStorage|sessionStorage)\b/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('sends every dynamic import of the site\'s code through lazyImport (a site update must not break an open page)', () => {
    // `import(` not preceded by `lazyImport(() => `, a loader map entry (`en: () => import(…)`, wrapped by
    // loadPageLocale), a type (`typeof import(…)`, `import(…).Name`), loadIntoDemo's loader argument
    // or a `lazyLoader(() => import(…))` component loader (both wrapped where they run). Pagefind's entry file is not ours: its URL never changes, and it is missing in dev,
    // where a reload would not help. Header.astro's search and lazyImport.ts's loading of the reload
    // itself go through Vite's preload wrapper, which reports a failure (vite:preloadError).
    const offenders = files.filter((f) => ![join('scripts', 'search.ts'), 'Header.astro', join('scripts', 'lazyImport.ts')].some((exempt) => f.endsWith(exempt))).flatMap((f) =>
      code(f)
        .split('\n')
        .filter((line) => /\bimport\(/.test(line))
        .filter((line) => !/lazyImport\(\(\) => import\(|typeof import\(|import\('[^']+'\)\.[A-Z]|^\s*'?[\w-]+'?: \(\) => import\(|loadIntoDemo\(|lazyLoader<[^>]*>\(\(\) => import\(|^\s*\(\) => import\(/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('imports chart.js at run time only from the one registry module', () => {
    const offenders = files.filter(
      (f) => !f.endsWith(join('charts', 'registry.ts')) && /^\s*import\s+(?!type\b)[^;]*from\s+['"]chart\.js/m.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every domain-text group out of widgets that do not show it (no widget imports the joined dictionary)', () => {
    const widgets = files.filter((f) => f.startsWith(join('src', 'widgets')));
    const offenders = widgets.filter((f) => /from\s+['"][./]*i18n\/domain-texts(\.ts)?['"]/.test(code(f)));
    expect(widgets.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('references no other origin for scripts, styles, fonts or data', () => {
    const offenders = files.filter((f) => /(?:src|href)=["']https?:\/\/|fetch\(\s*["']https?:\/\/|@import\s+url\(["']?https?:/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
