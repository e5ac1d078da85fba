// @vitest-environment happy-dom
/**
 * The code these tools fetch on a click (starting a review; My data's export, restore and reset)
 * cannot be fetched (offline before the site was cached, or gone after an update): the user is told
 * so in their language and nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $accountReviews, $portfolio, addClients } from '../../src/state/index.ts';
import { $currentAccount } from '../../src/state/session.ts';
import reviewEn from '../../src/widgets/account-review/strings.en.ts';
import myDataPt from '../../src/widgets/my-data/strings.pt-br.ts';

vi.mock('../../src/domain/accountReviewSnapshot.ts', () => {
  throw new Error('chunk missing');
});
vi.mock('../../src/widgets/my-data/actions.tsx', () => {
  throw new Error('chunk missing');
});

const { default: AccountReviewTool } = await import('../../src/widgets/account-review/AccountReview.tsx');
const { default: MyData } = await import('../../src/widgets/my-data/MyData.tsx');

describe('fetched on a click, and the fetch fails', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'nonna', name: 'Cantina Nonna Rosa', revenue: 210000, keyAccount: true }]);
  });
  afterEach(() => cleanup());

  it('the account review says the review could not be started, and stores none', async () => {
    render(<AccountReviewTool locale="en" />);
    await screen.findByText(reviewEn.none);
    fireEvent.click(screen.getByRole('button', { name: reviewEn.start }));
    await screen.findByText(reviewEn.startFailed);
    expect($accountReviews.get()).toEqual([]);
    expect((screen.getByRole('button', { name: reviewEn.start }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('My data says so in Portuguese for export, reset and restore, and changes nothing', async () => {
    render(<MyData locale="pt-br" />);
    fireEvent.click(screen.getByRole('button', { name: myDataPt.exportButton }));
    await waitFor(() => expect(screen.getAllByText(myDataPt.actionFailed)).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: myDataPt.resetButton }));
    await waitFor(() => expect(screen.getAllByText(myDataPt.actionFailed)).toHaveLength(2));
    const input = screen.getByLabelText(myDataPt.fileLabel);
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getAllByText(myDataPt.actionFailed)).toHaveLength(3));
    for (const alert of screen.getAllByText(myDataPt.actionFailed)) expect(alert.getAttribute('role')).toBe('alert');
    expect($portfolio.get().clients).toHaveLength(1);
  });
});
