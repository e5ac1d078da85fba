import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of the production build, as URL paths (`/en/lessons/what-is-kam/`). */
export function builtPages(): string[] {
  const root = 'dist';
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name === '_astro' || name === 'pagefind' || name === 'samples') continue;
        walk(path);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(root, path).replaceAll('\\', '/');
        // Redirect stubs carry no page of their own.
        if (readFileSync(path, 'utf8').includes('http-equiv="refresh"')) continue;
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return pages.sort();
}
