import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|set:html|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')),
    );
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

  it("sends every dynamic import of the site's code through lazyImport (a site update must not break an open page)", () => {
    // `import(` not preceded by `lazyImport(() => `, a dictionary's loaders (`pageStrings(() => import(…), …)`,
    // wrapped by pageStrings), a type (`typeof import(…)`, `import(…).Name`), loadIntoDemo's loader argument
    // or a `lazyLoader(() => import(…))` component loader (both wrapped where they run). Pagefind's entry file is not ours: its URL never changes, and it is missing in dev,
    // where a reload would not help. Header.astro's search and lazyImport.ts's loading of the reload
    // itself go through Vite's preload wrapper, which reports a failure (vite:preloadError). The state
    // layer's fetch of the migrations cannot reach src/scripts (layers); a failure there leaves the older
    // value unread and its store refusing writes, nothing lost (src/state/migrationGate.ts).
    const exempt = [join('scripts', 'search.ts'), 'Header.astro', join('scripts', 'lazyImport.ts'), join('state', 'migrationGate.ts')];
    const offenders = files
      .filter((f) => !exempt.some((name) => f.endsWith(name)))
      .flatMap((f) =>
        code(f)
          .split('\n')
          .filter((line) => /\bimport\(/.test(line))
          .filter(
            (line) =>
              !/lazyImport\(\(\) => import\(|typeof import\(|import\('[^']+'\)\.[A-Z]|pageStrings\(\(\) => import\('[^']+'\), \(\) => import\(|loadIntoDemo\(|lazyLoader<[^>]*>\(\(\) => import\(|^\s*\(\) => import\(/.test(
                line,
              ),
          )
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('imports chart.js at run time only from the one registry module', () => {
    const offenders = files.filter(
      (f) =>
        !f.endsWith(join('charts', 'registry.ts')) && /^\s*import\s+(?!type\b)[^;]*from\s+['"]chart\.js/m.test(readFileSync(f, 'utf8')),
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
    const offenders = files.filter((f) =>
      /(?:src|href)=["']https?:\/\/|fetch\(\s*["']https?:\/\/|@import\s+url\(["']?https?:/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

/** The top folder under src of every relative module a file imports (static, dynamic or type-only). */
function importedFolders(file: string): string[] {
  const specifiers = [...code(file).matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) =>
    relative('src', resolve(dirname(file), s))
      .split(/[\\/]/)
      .slice(0, 2)
      .join('/'),
  );
}
/** "widgets/pareto" for src/widgets/pareto/Pareto.tsx, "domain" for src/domain/x.ts. */
function folderOf(file: string): string {
  const [top, sub] = relative('src', file).split(/[\\/]/);
  return top === 'widgets' ? `widgets/${sub}` : top!;
}
const topOf = (folder: string) => folder.split('/')[0]!;

// Widget folders every widget may use: pieces shared by design, not a sibling tool used as a library.
const SHARED_WIDGET_FOLDERS = new Set(['widgets/shared', 'widgets/matrix-kit', 'widgets/import-panel']);

describe('the layers of the house (content → widgets → state → domain)', () => {
  const edges = files.flatMap((f) =>
    importedFolders(f).map((to) => ({ file: f, from: folderOf(f), to: topOf(to) === 'widgets' ? to : topOf(to) })),
  );

  it('finds the imports between folders', () => {
    expect(edges.filter((e) => e.from.startsWith('widgets/') && e.to === 'state').length).toBeGreaterThan(10);
  });

  it('keeps the domain on its own: it imports nothing else of the site', () => {
    expect(edges.filter((e) => e.from === 'domain' && e.to !== 'domain').map((e) => `${e.file} → ${e.to}`)).toEqual([]);
  });

  it('keeps the state layer below the widgets: it imports only the state and the domain', () => {
    expect(edges.filter((e) => e.from === 'state' && !['state', 'domain'].includes(e.to)).map((e) => `${e.file} → ${e.to}`)).toEqual([]);
  });

  it('lets only widgets, components, layouts and pages import a widget', () => {
    const allowed = new Set(['widgets', 'components', 'layouts', 'pages']);
    expect(edges.filter((e) => topOf(e.to) === 'widgets' && !allowed.has(topOf(e.from))).map((e) => `${e.file} → ${e.to}`)).toEqual(
      KNOWN_UPWARD,
    );
  });

  it('lets no widget folder import another widget folder, shared ones included (shared pieces live in shared folders)', () => {
    const crossing = edges.filter(
      (e) => e.from.startsWith('widgets/') && e.to.startsWith('widgets/') && e.to !== e.from && !SHARED_WIDGET_FOLDERS.has(e.to),
    );
    expect([...new Set(crossing.map((e) => `${e.from} → ${e.to}`))].sort()).toEqual([]);
  });
});

/** The domain modules src/domain/index.ts re-exports (its public surface). */
const PUBLIC_DOMAIN_MODULES = new Set(
  [...readFileSync(join('src', 'domain', 'index.ts'), 'utf8').matchAll(/from '\.\/(\w+)\.ts'/g)].map((m) => m[1]!),
);

describe('one spelling for the domain', () => {
  // Outside the domain, a static import of its public surface goes through `…/domain/index.ts`; a
  // module index.ts does not re-export (a second entry: paretoExtras, classResults…) is imported by
  // its own path. Always with the `.ts`, so one module has one spelling. A lazily loaded module
  // (`import('…/domain/csvExport.ts')`) keeps its own path: a dynamic import of index.ts would make
  // the whole domain one chunk (measured: +24 KB on every page).
  const imports = files
    .filter((f) => !f.startsWith(join('src', 'domain')))
    .flatMap((f) =>
      [...code(f).matchAll(/(?:\bfrom\s+|^\s*import\s+)['"]((?:\.{1,2}\/)+domain\/[^'"]*)['"]/gm)].map((m) => ({
        file: f,
        specifier: m[1]!,
      })),
    )
    .filter(({ file, specifier }) => relative('src', resolve(dirname(file), specifier)).startsWith(`domain${sep}`));

  it('finds the imports of the domain and its public surface', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect(PUBLIC_DOMAIN_MODULES.has('pareto')).toBe(true);
  });

  it('imports the public surface through index.ts and a second entry by its own .ts path', () => {
    const offenders = imports.filter(({ specifier }) => {
      const module = /domain\/(\w+)\.ts$/.exec(specifier)?.[1];
      return module === undefined || (module !== 'index' && PUBLIC_DOMAIN_MODULES.has(module));
    });
    expect(offenders.map(({ file, specifier }) => `${file}: ${specifier}`)).toEqual([]);
  });
});

// Upward imports allowed: none (samples, state and the domain never reach up into widgets).
const KNOWN_UPWARD: string[] = [];
