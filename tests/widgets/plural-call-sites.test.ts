/**
 * A dictionary text with a plural segment (`{n:client|clients}`, src/i18n/plural.ts) must go through
 * `fillCount(locale, …)`: plain `fill` would print the segment as it is. Splitting a widget moves its
 * calls around, so this reads every call of `fill(` in the site's code and checks the texts it names.
 * Keys are matched by name across dictionaries (a key with a plural anywhere counts), which can only
 * ask for a fillCount where a fill would have done: harmless.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const PLURAL = /\{\w+:[^{}|]*\|[^{}]*\}/;

/** Keys whose English text holds a plural segment (the Portuguese follows the same keys). */
function pluralKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of files('src', /\.en\.ts$/)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*'?([\w.]+)'?:\s*(['"`])(.*)\2,?\s*$/gm)) {
      if (PLURAL.test(m[3]!)) keys.add(m[1]!);
    }
  }
  return keys;
}

describe('plural texts', () => {
  const keys = pluralKeys();

  it('finds the dictionary texts with plural forms', () => {
    expect(keys.size).toBeGreaterThan(20);
  });

  it('are filled with fillCount, never with plain fill', () => {
    const offenders: string[] = [];
    for (const file of files('src', /\.(ts|tsx|astro)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const call of text.matchAll(/(?<![\w.])fill\(([^,]+),/g)) {
        const named = [...call[1]!.matchAll(/\.(\w+)\b|\[\s*'([\w.]+)'\s*\]/g)].map((m) => m[1] ?? m[2]!);
        const plural = named.find((k) => keys.has(k));
        if (plural) offenders.push(`${file}: fill(…${plural}…)`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
