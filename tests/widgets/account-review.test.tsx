// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $accountReviews, addClients, replaceReviewsOf, reviewsOf } from '../../src/state/index.ts';
import { quarterOf, localToday, reviewTrend } from '../../src/domain/index.ts';
import AccountReviewTool from '../../src/widgets/account-review/AccountReview.tsx';
import { sampleReviewsFor } from '../../src/samples/accountReviewSample.ts';
import { $currentAccount } from '../../src/state/session.ts';
import en from '../../src/widgets/account-review/strings.en.ts';
import viewEn from '../../src/widgets/account-review/viewStrings.en.ts';

describe('Account review widget', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'nonna', name: 'Cantina Nonna Rosa', revenue: 210000, keyAccount: true }]);
  });
  afterEach(() => cleanup());

  it('has its hooks, and an account without reviews says how to start', async () => {
    const { container } = render(<AccountReviewTool locale="en" />);
    expect(container.querySelector('[data-widget="account-review"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await screen.findByText(en.none);
  });

  it('starting this quarter’s review stores a snapshot; the agenda and the decision save at once; a second start opens it', async () => {
    render(<AccountReviewTool locale="en" />);
    await screen.findByText(en.none);
    fireEvent.click(screen.getByRole('button', { name: en.start }));
    const quarter = quarterOf(localToday());
    await waitFor(() => expect(reviewsOf('nonna').map((r) => r.quarter)).toEqual([quarter]));
    // The review's view is fetched once there is a review to show.
    fireEvent.click(await screen.findByRole('checkbox', { name: viewEn['agenda.results'] }));
    await waitFor(() => expect(reviewsOf('nonna')[0]!.agenda).toEqual(['results']));
    fireEvent.change(screen.getByLabelText(viewEn.decisionTitle), { target: { value: 'lower-target' } });
    await waitFor(() => expect(reviewsOf('nonna')[0]!.decision).toBe('lower-target'));
    fireEvent.click(screen.getByRole('button', { name: en.start }));
    await screen.findByText(en.alreadyStarted.replace('{quarter}', quarter));
    expect($accountReviews.get()).toHaveLength(1);
  });

  it('the sample’s history: the trend and the rules’ verdict as the domain reads them', async () => {
    const sample = sampleReviewsFor([{ key: 'nonna', name: 'Cantina Nonna Rosa' }], 'en')[0]!;
    replaceReviewsOf('nonna', sample.reviews);
    const { container } = render(<AccountReviewTool locale="en" />);
    await waitFor(() => expect(container.querySelector('[data-verdict]')).not.toBeNull());
    expect(reviewTrend(sample.reviews).direction).toBe('worsening');
    expect(container.querySelector('[data-trend]')?.getAttribute('data-trend')).toBe('worsening');
    expect(container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('leave-kam');
    expect(container.querySelector('[data-print-view]')?.textContent).toContain('2025-Q3');
  });

  it('reviews arriving after the first view (another tab, the sample) show, and the agenda can then be printed', async () => {
    const { container } = render(<AccountReviewTool locale="en" />);
    await screen.findByText(en.none);
    expect(container.querySelector('[data-view-opening]')).toBeNull();
    const print = screen.getByRole('button', { name: en.print }) as HTMLButtonElement;
    expect(print.disabled).toBe(true);
    const sample = sampleReviewsFor([{ key: 'nonna', name: 'Cantina Nonna Rosa' }], 'en')[0]!;
    replaceReviewsOf('nonna', sample.reviews);
    // The account now has reviews: the review's view (fetched for them) shows them.
    await waitFor(() => expect(container.querySelector('[data-print-view]')).not.toBeNull());
    expect(container.querySelector('[data-view-opening]')).toBeNull();
    await waitFor(() => expect(print.disabled).toBe(false));
  });
});
