import { describe, expect, it } from 'vitest';
import { COMMON } from '../../src/i18n/common';
import { writeToast } from '../../src/widgets/shared/writeProblem';

const dictionaries = import.meta.glob<{ default: Record<string, string> }>(['../../src/widgets/**/*.en.ts', '../../src/charts/*.en.ts'], {
  eager: true,
});

describe('the common dictionary', () => {
  it('is the only place its words are written: no widget dictionary repeats one of its texts', () => {
    const common = new Set(Object.values(COMMON.en));
    const repeats = Object.entries(dictionaries).flatMap(([file, m]) =>
      Object.entries(m.default)
        .filter(([, text]) => common.has(text))
        .map(([key, text]) => `${file}: ${key} = ${text}`),
    );
    expect(Object.keys(dictionaries).length).toBeGreaterThan(20);
    expect(repeats).toEqual([]);
  });

  it('has the same keys in both languages, each with words', () => {
    expect(Object.keys(COMMON['pt-br']).sort()).toEqual(Object.keys(COMMON.en).sort());
    for (const text of Object.values(COMMON['pt-br'])) expect(text.trim()).not.toBe('');
  });
});

describe('writeToast (Pareto and the portfolio)', () => {
  const undo = () => undefined;
  const done = { text: 'Deleted.', undo };

  it('shows the change when it was saved', () => {
    expect(writeToast({ ok: true }, 'en', done)).toBe(done);
  });

  it('keeps the change and its undo when only storage refused it, and says so in words', () => {
    const toast = writeToast({ ok: false, reason: 'not-saved', error: 'quota' }, 'en', done, 'Kept.');
    expect(toast).toEqual({
      text: 'Deleted. Not saved: the browser refused to store it (storage full or private mode). Kept.',
      tone: 'error',
      undo,
    });
  });

  it('puts a refused write into words, never its code, and offers no undo of a change that was not made', () => {
    const toast = writeToast({ ok: false, reason: 'read-only' }, 'pt-br', done);
    expect(toast).toEqual({ text: 'Não salvo: os dados guardados vêm de uma versão mais nova do site.', tone: 'error' });
    expect(toast?.text).not.toContain('read-only');
  });
});
