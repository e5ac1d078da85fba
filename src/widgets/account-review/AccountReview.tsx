/**
 * Quarterly account review: for one account, "start this quarter's review" fills a review from
 * what the other tools know today (startReview.ts, fetched on the first start: the latest diagnosis,
 * the uncoupling checklist, the quarter's revenue in the portfolio, the plan's goal and actions); the
 * meeting ticks the agenda, records a decision and notes (saved at once, a deletion can be undone);
 * the history shows the trend and the rules' verdict. The review, its history and the printed agenda
 * (a manager takes it to the meeting) are `ReviewView`, fetched once the account has a review.
 * Account choice, status and the sample button: `useAccountTool`.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import { localToday, quarterOf } from '../../domain/index.ts';
import type { AccountReview } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { lazyImport } from '../../scripts/lazyImport';
import type { Locale } from '../../i18n/locales';
import { $accountReviews, $portfolio, deleteReview, replaceReviewsOf, restoreReview, reviewsOf, saveReview } from '../../state/index';
import { AccountToolHead } from '../shared/AccountToolbar';
import { PrintButton } from '../shared/PrintButton';
import { useAccountTool } from '../shared/useAccountTool';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { useStored } from '../shared/useStored';
import type { ReviewView } from './ReviewView';
import { STRINGS } from './strings';
import './AccountReview.css';

// The review on screen and on paper is fetched once the account has one: right after hydration for
// stored reviews, after the sample or a start. Until it is there a line says so in its place, and
// the print button waits (printing before would give an empty page).
type ViewProps = ComponentProps<typeof ReviewView>;
const LazyView = lazyComponent(
  lazyLoader<ViewProps>(() => import('./ReviewView').then((m) => m.ReviewView)),
  (failed, { locale }) =>
    failed ? (
      <p class="note danger no-print" role="alert" data-view-failed>
        {STRINGS[locale].viewFailed}
      </p>
    ) : (
      <p class="muted no-print" data-view-opening>
        {STRINGS[locale].opening}
      </p>
    ),
);

export default function AccountReviewTool({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($accountReviews);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const [shownId, setShownId] = useState<string | null>(null);
  const [viewReady, setViewReady] = useState(false);

  const reviews = reviewsOf(account, all);
  const shown = reviews.find((r) => r.id === shownId) ?? reviews[reviews.length - 1];

  const [starting, setStarting] = useState(false);

  // The snapshot's rules and what they read (the account's assessments, the quarter's revenue) are
  // fetched on the first start only: most visits read or edit reviews and never start one.
  async function start() {
    const today = localToday();
    const quarter = quarterOf(today);
    const key = account;
    const existing = reviews.find((r) => r.quarter === quarter);
    if (existing) {
      setShownId(existing.id);
      tool.say(fill(t.alreadyStarted, { quarter }));
      return;
    }
    setStarting(true);
    let starter: typeof import('./startReview');
    try {
      starter = await lazyImport(() => import('./startReview'));
    } catch {
      tool.say(t.startFailed, 'error');
      return;
    } finally {
      setStarting(false);
    }
    const review = starter.newReview(key, today, quarter);
    setShownId(review.id);
    tool.report(saveReview(review), { text: fill(t.started, { quarter }), undo: () => deleteReview(review.id) });
  }

  const change = (next: AccountReview) => tool.reportEdit(saveReview(next));
  // Another account (chosen, or opened by the sample) shows its own latest review.
  useEffect(() => setShownId(null), [account]);

  function remove(review: AccountReview) {
    const before = $accountReviews.get().find((r) => r.id === review.id);
    setShownId(null);
    tool.report(deleteReview(review.id), {
      text: fill(t.removed, { quarter: review.quarter }),
      undo: () => restoreReview(review.id, before),
    });
  }

  function loadSample() {
    tool.seedSample('reviews', {
      load: () => lazyImport(() => import('../../samples/accountReviewSample')),
      entries: (module, ready) => module.sampleReviewsFor(ready.accounts, locale).map(({ key, reviews }) => ({ key, value: reviews })),
      has: (key) => $accountReviews.get().some((r) => r.accountKey === key),
      write: (key, sample) => replaceReviewsOf(key, sample),
      readyText: (account) => fill(t.sampleReady, { account }),
      done: () => setShownId(null),
    });
  }

  return (
    <section class="account-review" data-widget="account-review" aria-labelledby={`${uid}-title`}>
      <AccountToolHead locale={locale} tool={tool} uid={uid} t={t} titleClass="ar-title no-print" onLoadSample={loadSample}>
        <button type="button" class="button" data-action="start-review" onClick={() => void start()} disabled={tool.busy || starting}>
          {t.start}
        </button>
        <PrintButton locale={locale} disabled={!shown || !viewReady}>
          {t.print}
        </PrintButton>
      </AccountToolHead>

      {shown === undefined ? (
        <p class="no-print" data-empty>
          {t.none}
        </p>
      ) : (
        <LazyView
          locale={locale}
          uid={uid}
          account={account}
          name={name}
          reviews={reviews}
          shown={shown}
          onShow={setShownId}
          onChange={change}
          onDelete={remove}
          onReady={() => setViewReady(true)}
        />
      )}
    </section>
  );
}
