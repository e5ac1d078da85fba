import { describe, expect, it } from 'vitest';
import { plural } from '../../src/widgets/shared/plural.ts';

const forms = { one: '{n} client marked', other: '{n} clients marked' };
const pt = { one: '{n} cliente marcado', other: '{n} clientes marcados' };

describe('plural', () => {
  it('picks the singular for one and the plural otherwise, with the number formatted for the page', () => {
    expect(plural('en', 1, forms)).toBe('1 client marked');
    expect(plural('en', 0, forms)).toBe('0 clients marked');
    expect(plural('en', 2, forms)).toBe('2 clients marked');
    expect(plural('en', 1200, forms)).toBe('1,200 clients marked');
  });

  it('follows Portuguese rules (0 and 1 are singular in pt-BR)', () => {
    expect(plural('pt-br', 1, pt)).toBe('1 cliente marcado');
    expect(plural('pt-br', 0, pt)).toBe('0 cliente marcado');
    expect(plural('pt-br', 3, pt)).toBe('3 clientes marcados');
    expect(plural('pt-br', 1200, pt)).toBe('1.200 clientes marcados');
  });
});
