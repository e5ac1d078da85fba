// @vitest-environment happy-dom
/** The dashboard's "load sample" fetches its loader on the click: when that fails, it says so and stays empty. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio } from '../../src/state/index.ts';
import common from '../../src/i18n/common.pt-br.ts';

vi.mock('../../src/samples/loaders.ts', () => {
  throw new Error('chunk missing');
});

const { default: Dashboard } = await import('../../src/widgets/dashboard/Dashboard.tsx');

describe('Dashboard: the sample loader cannot be fetched', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('reports a network failure in the page language, leaves the button usable and loads nothing', async () => {
    const { container } = render(<Dashboard locale="pt-br" />);
    const button = container.querySelector<HTMLButtonElement>('[data-action="load-sample"]')!;
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(common.sampleFailed.replace('{code}', 'network'));
    expect(button.disabled).toBe(false);
    expect($portfolio.get().clients).toEqual([]);
  });
});
