// @vitest-environment happy-dom
/**
 * The dashboard with clients is fetched once the stored portfolio has them: when that fails, the
 * island says so in the page language instead of staying empty. Without clients nothing is fetched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { addClients } from '../../src/state/index.ts';
import words from '../../src/widgets/dashboard/emptyStrings.pt-br.ts';

const fetched = vi.fn();
vi.mock('../../src/widgets/dashboard/PortfolioDashboard.tsx', () => {
  fetched();
  throw new Error('chunk missing');
});

const { default: Dashboard } = await import('../../src/widgets/dashboard/Dashboard.tsx');

describe('Dashboard: the dashboard’s code cannot be fetched', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('shows the complete empty state without fetching anything when there are no clients', async () => {
    const { container } = render(<Dashboard locale="pt-br" />);
    expect(screen.getByRole('heading', { name: words.emptyTitle })).toBeTruthy();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    expect(screen.queryByText(words.loading)).toBeNull();
    // A fetch, had one started, would have reached the module by now.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetched).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so in the page language when there are clients', async () => {
    addClients([{ key: 'A1', name: 'Mercado Bom', revenue: 1000 }]);
    render(<Dashboard locale="pt-br" />);
    expect((await screen.findByRole('alert')).textContent).toBe(words.loadFailed);
    expect(fetched).toHaveBeenCalled();
  });
});
