// @vitest-environment happy-dom
/** "Mark class A as candidates" fetches the portfolio's writer on the click: when that fails, it says so and marks nothing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio, addClients } from '../../src/state/index.ts';
import strings from '../../src/widgets/dashboard/strings.pt-br.ts';

vi.mock('../../src/widgets/dashboard/markCandidates.ts', () => {
  throw new Error('chunk missing');
});

const { default: Dashboard } = await import('../../src/widgets/dashboard/Dashboard.tsx');

describe('Dashboard: the candidates writer cannot be fetched', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('reports it in the page language, leaves the button usable and marks nothing', async () => {
    addClients([
      { key: 'A1', name: 'Mercado Bom', revenue: 1000 },
      { key: 'A2', name: 'Padaria Sol', revenue: 100 },
      { key: 'A3', name: 'Bar Lua', revenue: 100 },
    ]);
    const { container } = render(<Dashboard locale="pt-br" />);
    // The dashboard with clients is fetched after the first render: the button comes with it.
    await waitFor(() => expect(container.querySelector('[data-action="mark-class-a"]')).not.toBeNull());
    const button = container.querySelector<HTMLButtonElement>('[data-action="mark-class-a"]')!;
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe(strings.markFailed);
    await waitFor(() => expect(button.disabled).toBe(false));
    expect($portfolio.get().clients.filter((c) => c.candidate === true)).toEqual([]);
  });
});
