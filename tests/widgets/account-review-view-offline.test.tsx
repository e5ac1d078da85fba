// @vitest-environment happy-dom
/**
 * The review's view cannot be fetched (offline before the site was cached, or gone after an
 * update): the tool says so in the page's language in its place, and the print button stays off
 * (there is no agenda to print).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { addClients, replaceReviewsOf } from '../../src/state/index.ts';
import { $currentAccount } from '../../src/state/session.ts';
import { sampleReviewsFor } from '../../src/samples/accountReviewSample.ts';
import pt from '../../src/widgets/account-review/strings.pt-br.ts';

vi.mock('../../src/widgets/account-review/ReviewView.tsx', () => {
  throw new Error('chunk missing');
});

const { default: AccountReviewTool } = await import('../../src/widgets/account-review/AccountReview.tsx');

describe('Account review: the review’s view cannot be fetched', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'nonna', name: 'Cantina Nonna Rosa', revenue: 210000, keyAccount: true }]);
    replaceReviewsOf('nonna', sampleReviewsFor([{ key: 'nonna', name: 'Cantina Nonna Rosa' }], 'pt-br')[0]!.reviews);
  });
  afterEach(() => cleanup());

  it('says so in Portuguese where the review would be, and printing stays off', async () => {
    const { container } = render(<AccountReviewTool locale="pt-br" />);
    expect((await screen.findByText(pt.viewFailed)).getAttribute('role')).toBe('alert');
    expect(container.querySelector('[data-print-view]')).toBeNull();
    expect((screen.getByRole('button', { name: pt.print }) as HTMLButtonElement).disabled).toBe(true);
  });
});
