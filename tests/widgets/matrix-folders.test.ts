/**
 * The three matrix tools share code only through widgets/matrix-kit (and shared/, charts/, state,
 * domain, samples, i18n): none imports another's folder, the kit imports none of them, and the
 * samples and chart plugins import no matrix widget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOOLS = ['classification-matrix', 'fit-cost', 'dpm'];
const WIDGETS = resolve('src/widgets');

/** Every relative import (static, type-only or dynamic) of a file, resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => relative(resolve('src'), resolve(dirname(file), s)));
}

const filesIn = (dir: string): string[] => readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f));

/** The matrix tool folder a src-relative path is in, or null. */
const toolOf = (path: string): string | null => TOOLS.find((t) => path.startsWith(`widgets/${t}/`)) ?? null;

describe('matrix tool folders', () => {
  it('import nothing from one another', () => {
    const offenders: string[] = [];
    for (const tool of TOOLS) {
      const files = filesIn(join(WIDGETS, tool));
      expect(files.length, tool).toBeGreaterThan(2);
      for (const file of files) {
        for (const target of importsOf(file)) {
          const other = toolOf(target);
          if (other !== null && other !== tool) offenders.push(`${relative('.', file)} → ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('are not imported by the matrix kit, the samples or the chart plugins', () => {
    const files = [...filesIn(join(WIDGETS, 'matrix-kit')), ...filesIn(resolve('src/charts')), ...filesIn(resolve('src/samples')).filter((f) => /\/(matrix|dpm|fitCost)[^/]*$/.test(f))];
    const offenders = files.flatMap((file) => importsOf(file).filter((t) => toolOf(t) !== null).map((t) => `${relative('.', file)} → ${t}`));
    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('sees a cross import when there is one (the check itself works)', () => {
    const fake = join(WIDGETS, 'dpm', 'Dpm.tsx');
    expect(toolOf(relative(resolve('src'), resolve(dirname(fake), '../fit-cost/strings')))).toBe('fit-cost');
  });
});
