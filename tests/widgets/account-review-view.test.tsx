// @vitest-environment happy-dom
/**
 * The review's view (editor, history, printed agenda) is fetched once the account has a review: a
 * visitor without reviews never fetches it; while it loads a line says so and the print button
 * waits (printing then would give an empty page); then the review shows and can be printed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { addClients, replaceReviewsOf } from '../../src/state/index.ts';
import { $currentAccount } from '../../src/state/session.ts';
import { sampleReviewsFor } from '../../src/samples/accountReviewSample.ts';
import en from '../../src/widgets/account-review/strings.en.ts';

const view = vi.hoisted(() => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { fetched: false, gate, release: () => release() };
});

vi.mock('../../src/widgets/account-review/ReviewView.tsx', async (importOriginal) => {
  view.fetched = true;
  await view.gate;
  return importOriginal();
});

const { default: AccountReviewTool } = await import('../../src/widgets/account-review/AccountReview.tsx');

describe('Account review: the review’s view is fetched with the first review', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'nonna', name: 'Cantina Nonna Rosa', revenue: 210000, keyAccount: true }]);
  });
  afterEach(() => cleanup());

  it('not without reviews; with them, a busy line and a waiting print button until it is there', async () => {
    const { container } = render(<AccountReviewTool locale="en" />);
    await screen.findByText(en.none);
    const print = screen.getByRole('button', { name: en.print }) as HTMLButtonElement;
    expect(print.disabled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.fetched).toBe(false);

    replaceReviewsOf('nonna', sampleReviewsFor([{ key: 'nonna', name: 'Cantina Nonna Rosa' }], 'en')[0]!.reviews);
    await screen.findByText(en.opening);
    await waitFor(() => expect(view.fetched).toBe(true));
    expect(print.disabled).toBe(true);
    expect(container.querySelector('[data-print-view]')).toBeNull();

    view.release();
    await waitFor(() => expect(container.querySelector('[data-print-view]')).not.toBeNull());
    expect(screen.queryByText(en.opening)).toBeNull();
    await waitFor(() => expect(print.disabled).toBe(false));
  });
});
