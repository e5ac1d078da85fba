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
    fireEvent.click(screen.getByRole('checkbox', { name: en['agenda.results'] }));
    await waitFor(() => expect(reviewsOf('nonna')[0]!.agenda).toEqual(['results']));
    fireEvent.change(screen.getByLabelText(en.decisionTitle), { target: { value: 'lower-target' } });
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
});
