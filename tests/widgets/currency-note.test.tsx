// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { replacePortfolio } from '../../src/state/index.ts';
import { CurrencyNote } from '../../src/widgets/shared/CurrencyNote.tsx';

describe('currency note of the tools that show amounts', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('says the data’s currency on a Portuguese page, never the page language’s, and links to My data', async () => {
    replacePortfolio({ clients: [{ key: 'a', name: 'Acme', revenue: 1, keyAccount: true }], monthlySales: [], currency: 'USD' });
    const { container } = render(<CurrencyNote locale="pt-br" />);
    await waitFor(() => expect(container.textContent).toContain('(USD), a moeda dos seus dados'));
    expect(container.querySelector('a')!.getAttribute('href')).toBe('/pt-br/my-data/');
  });

  it('says when the currency is only assumed', async () => {
    const { container } = render(<CurrencyNote locale="en" />);
    await waitFor(() => expect(container.textContent).toContain('(USD) until your data says otherwise'));
  });
});
