/**
 * Quarterly account review: for one account, "start this quarter's review" fills a review from
 * what the other tools know today (domain: snapshotForReview — the latest diagnosis, the uncoupling
 * checklist, the quarter's revenue in the portfolio, the plan's goal and actions); the meeting ticks
 * the agenda, records a decision and notes (saved at once, a deletion can be undone); the history
 * shows the trend and the rules' verdict (reviewTrend, reviewVerdict). The agenda prints on its own
 * (a manager takes it to the meeting). Account choice, status and the sample button: `useAccountTool`.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { accountQuadrant, localToday, paretoAnalysis, quarterOf, reviewTrend, reviewVerdict } from '../../domain/index.ts';
import { quarterRevenue } from '../../domain/accountReviewRevenue.ts';
import type { AccountReview, StageId } from '../../domain/index.ts';
import { STAGE_NAMES } from '../../i18n/domain-texts/stageNames';
import { fill } from '../../i18n/fill';
import { lazyImport } from '../../scripts/lazyImport';
import type { Locale } from '../../i18n/locales';
import {
  $accountReviews,
  $assessments,
  $matrixConfig,
  $portfolio,
  deleteReview,
  getAssessment,
  replaceReviewsOf,
  restoreReview,
  reviewsOf,
  saveReview,
} from '../../state/index';
import { AccountToolHead } from '../shared/AccountToolbar';
import { PrintButton } from '../shared/PrintButton';
import { useAccountTool } from '../shared/useAccountTool';
import { usePortfolioView } from '../shared/usePortfolioView';
import { useStored } from '../shared/useStored';
import { ReviewEditor } from './ReviewEditor';
import type { Figures } from './ReviewEditor';
import { ReviewHistory } from './ReviewHistory';
import { ReviewPrint } from './ReviewPrint';
import { STRINGS } from './strings';
import './AccountReview.css';

export default function AccountReviewTool({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const view = usePortfolioView(locale);
  const all = useStored($accountReviews);
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const [shownId, setShownId] = useState<string | null>(null);

  const reviews = reviewsOf(account, all);
  const shown = reviews.find((r) => r.id === shownId) ?? reviews[reviews.length - 1];
  const assessment = getAssessment(account, assessments);
  const ranked = paretoAnalysis(portfolio.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue }))).ranked;
  const abc = ranked.find((r) => r.key === account)?.class ?? null;
  const quadrant = accountQuadrant(matrixConfig, assessment.matrixScores);
  const trend = reviewTrend(reviews);
  const verdict = reviewVerdict({ reviews, abc, quadrant });
  const figures: Figures = { locale, t, money: (v) => view.money(v), stageName: (id: StageId) => STAGE_NAMES[locale][id] };

  const [starting, setStarting] = useState(false);

  // The snapshot's rules (uncoupling checklist, plan goals and actions) are fetched on the first
  // start only: most visits read or edit reviews and never start one.
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
    let snapshot: typeof import('../../domain/accountReviewSnapshot.ts');
    try {
      snapshot = await lazyImport(() => import('../../domain/accountReviewSnapshot.ts'));
    } catch {
      tool.say(t.startFailed, 'error');
      return;
    } finally {
      setStarting(false);
    }
    const client = portfolio.clients.find((c) => c.key === key);
    const review = snapshot.snapshotForReview({
      accountKey: key,
      date: today,
      quarter,
      diagnoses: assessment.diagnoses,
      uncouplingChecked: assessment.uncoupling?.checked,
      revenueActual: client ? quarterRevenue(client, portfolio.monthlySales, quarter) : null,
      plans: assessment.plans,
      id: snapshot.reviewId($accountReviews.get(), key, quarter),
      now: new Date().toISOString(),
    });
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
        <PrintButton locale={locale} disabled={!shown}>
          {t.print}
        </PrintButton>
      </AccountToolHead>

      {shown === undefined ? (
        <p class="no-print" data-empty>
          {t.none}
        </p>
      ) : (
        <>
          {reviews.length > 1 && (
            <p class="ar-choose no-print">
              <label for={`${uid}-shown`}>{t.choose}</label>{' '}
              <select
                id={`${uid}-shown`}
                data-field="shown"
                value={shown.id}
                onChange={(e) => setShownId((e.currentTarget as HTMLSelectElement).value)}
              >
                {reviews.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.quarter}
                  </option>
                ))}
              </select>
            </p>
          )}
          <ReviewEditor uid={uid} review={shown} figures={figures} onChange={change} onDelete={() => remove(shown)} />
          <div class="no-print">
            <ReviewHistory uid={uid} name={name} reviews={reviews} trend={trend} verdict={verdict} figures={figures} />
          </div>
          <ReviewPrint name={name} review={shown} reviews={reviews} verdict={verdict} figures={figures} />
        </>
      )}
    </section>
  );
}
