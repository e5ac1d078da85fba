import { describe, expect, it } from 'vitest';
import type { ValueCsf, ValueLine, ValuePropositionContent } from '../../src/domain/index.ts';
import {
  $valuePropositions,
  applyBackup,
  exportBackup,
  getValueProposition,
  readBackup,
  restoreValueProposition,
  updateValueProposition,
} from '../../src/state/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { freshStorage } from './helpers.ts';

const csf: ValueCsf = { id: 'csf-1', factor: 'No stock-outs', importance: 5, ours: 7, best: 6 };
const line: ValueLine = {
  id: 'line-1',
  category: 'risk',
  label: 'Emergency purchases',
  ours: 4800,
  alternative: 24000,
  csf: 'csf-1',
  source: 'Purchase records',
  verified: true,
};
const content = (fields: Partial<ValuePropositionContent> = {}): ValuePropositionContent => ({
  alternative: 'Competitor bid',
  offer: '',
  csfs: [csf],
  lines: [line],
  ...fields,
});

function okRead(text: string) {
  const r = readBackup(text);
  if (!r.ok) throw new Error(`backup refused: ${r.code}`);
  return r.backup;
}

describe('$valuePropositions', () => {
  it('an account without a proposition reads as empty and is not stored', () => {
    freshStorage();
    expect(getValueProposition('a')).toMatchObject({ accountKey: 'a', alternative: '', csfs: [], lines: [] });
    expect($valuePropositions.get()).toEqual([]);
  });

  it('round trip: what is written loads again after a reload', () => {
    const storage = freshStorage();
    expect(updateValueProposition('a', () => content())).toEqual({ ok: true });
    expect(storage.getItem('kam:valuePropositions')).toContain('Emergency purchases');
    reloadAllStores();
    expect(getValueProposition('a')).toMatchObject(content());
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('an update leaves other accounts alone; emptied propositions are removed; undo puts the old one back', () => {
    freshStorage();
    updateValueProposition('a', () => content());
    updateValueProposition('b', () => content({ lines: [] }));
    const before = $valuePropositions.get().find((p) => p.accountKey === 'a');
    updateValueProposition('a', () => ({ alternative: ' ', offer: '', csfs: [], lines: [] }));
    expect($valuePropositions.get().map((p) => p.accountKey)).toEqual(['b']);
    restoreValueProposition('a', before);
    expect(getValueProposition('a')).toEqual(before);
    restoreValueProposition('c', undefined);
    expect($valuePropositions.get()).toHaveLength(2);
  });

  it('refuses an invalid line (unknown category, infinite amount) and keeps what was stored', () => {
    freshStorage();
    updateValueProposition('a', () => content());
    const bad = { ...line, category: 'magic' } as unknown as ValueLine;
    expect(updateValueProposition('a', () => content({ lines: [bad] })).ok).toBe(false);
    expect(updateValueProposition('a', () => content({ lines: [{ ...line, ours: Infinity }] })).ok).toBe(false);
    expect(updateValueProposition('a', () => content({ csfs: [{ ...csf, importance: 6 }] })).ok).toBe(false);
    expect(getValueProposition('a').lines).toEqual([line]);
  });

  it('hostile account keys go through storage and a backup like any other', () => {
    freshStorage();
    for (const key of ['__proto__', 'constructor', 'toString']) updateValueProposition(key, () => content({ alternative: key }));
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    reloadAllStores();
    expect($valuePropositions.get().map((p) => p.accountKey)).toEqual(['__proto__', 'constructor', 'toString']);
    freshStorage();
    expect(applyBackup(okRead(text), 'replace').ok).toBe(true);
    expect(getValueProposition('__proto__').alternative).toBe('__proto__');
    expect(getValueProposition('constructor').lines).toEqual([line]);
    expect(Object.prototype).not.toHaveProperty('alternative');
  });
});

describe('backup', () => {
  it('export → restore (replace) gives the same propositions', () => {
    freshStorage();
    updateValueProposition('a', () => content());
    const before = $valuePropositions.get();
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    freshStorage();
    const backup = okRead(text);
    expect(backup.data.valuePropositions).toEqual(before);
    expect(applyBackup(backup, 'replace').ok).toBe(true);
    expect($valuePropositions.get()).toEqual(before);
  });

  it('merge: per account, the newer proposition wins; accounts only on one side are kept', () => {
    freshStorage();
    updateValueProposition('a', () => content());
    updateValueProposition('b', () => content({ alternative: 'old b' }));
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    file.data.valuePropositions = file.data.valuePropositions!.map((p) =>
      p.accountKey === 'a'
        ? { ...p, alternative: 'newer a', updatedAt: '2999-01-01T00:00:00.000Z' }
        : { ...p, updatedAt: '2000-01-01T00:00:00.000Z' },
    );
    freshStorage();
    updateValueProposition('b', () => content({ alternative: 'mine b' }));
    updateValueProposition('c', () => content({ alternative: 'only c' }));
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(getValueProposition('a').alternative).toBe('newer a');
    expect(getValueProposition('b').alternative).toBe('mine b');
    expect(getValueProposition('c').alternative).toBe('only c');
  });

  it('a backup without the store (written before it existed) restores, and the store stays empty', () => {
    freshStorage();
    updateValueProposition('a', () => content());
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    delete (file.data as Record<string, unknown>).valuePropositions;
    freshStorage();
    expect(applyBackup(file, 'replace').ok).toBe(true);
    expect($valuePropositions.get()).toEqual([]);
  });
});
