import { describe, expect, it } from 'vitest';
import { fileSlug, planFileName, propositionFileName } from '../../src/domain/index.ts';

describe('file names of downloads', () => {
  it('drops accents and joins words with single dashes', () => {
    expect(fileSlug('Padaria São João & Cia.', 'x')).toBe('padaria-sao-joao-cia');
  });

  it('keeps nothing a file system or a shell could misread', () => {
    expect(fileSlug('<script>;=cmd|../../etc', 'x')).toBe('script-cmd-etc');
  });

  it('falls back when nothing is left, and cuts long names', () => {
    expect(fileSlug('🙂🙂', 'account')).toBe('account');
    expect(fileSlug('a'.repeat(60), 'x')).toHaveLength(40);
    expect(fileSlug('a'.repeat(60), 'x', Infinity)).toHaveLength(60);
  });

  it('is the rule of the plan and the proposition files', () => {
    expect(planFileName({ accountName: 'Hospital Santa Clara', year: 2026 }, 'md')).toBe('account-plan-hospital-santa-clara-2026.md');
    expect(propositionFileName('Hospital Infantil Bem-Estar')).toBe('value-proposition-hospital-infantil-bem-estar.md');
  });
});
