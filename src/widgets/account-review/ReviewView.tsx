/**
 * The account's reviews, on screen and on paper: the review shown (a choice when there are several),
 * its editor, the history with the trend and the rules' verdict, and the printed agenda. Fetched once
 * the account has a review (stored ones after hydration, the sample, a started review): a visitor
 * without reviews sees only the tool's head and never loads this, nor the rules and the stores the
 * verdict reads (Pareto class, matrix quadrant), nor its words (viewStrings.ts).
 */
import { useEffect } from 'preact/hooks';
import { accountQuadrant, paretoAnalysis, reviewTrend, reviewVerdict } from '../../domain/index.ts';
import type { AccountReview, StageId } from '../../domain/index.ts';
import { STAGE_NAMES } from '../../i18n/domain-texts/stageNames';
import type { Locale } from '../../i18n/locales';
import { $assessments, $matrixConfig, getAssessment } from '../../state/index';
import { usePortfolioView } from '../shared/usePortfolioView';
import { useStored } from '../shared/useStored';
import { ReviewEditor } from './ReviewEditor';
import type { Figures } from './ReviewEditor';
import { ReviewHistory } from './ReviewHistory';
import { ReviewPrint } from './ReviewPrint';
import { VIEW_STRINGS } from './viewStrings';

export interface ReviewViewProps {
  locale: Locale;
  uid: string;
  account: string;
  name: string;
  /** The account's reviews, oldest quarter first; `shown` is one of them. */
  reviews: readonly AccountReview[];
  shown: AccountReview;
  onShow: (id: string) => void;
  onChange: (next: AccountReview) => void;
  onDelete: (review: AccountReview) => void;
  /** Called once this is on the page: the print button waits for the printed agenda. */
  onReady: () => void;
}

export function ReviewView({ locale, uid, account, name, reviews, shown, onShow, onChange, onDelete, onReady }: ReviewViewProps) {
  const t = VIEW_STRINGS[locale];
  const view = usePortfolioView(locale);
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  useEffect(onReady, []);

  const ranked = paretoAnalysis(view.portfolio.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue }))).ranked;
  const abc = ranked.find((r) => r.key === account)?.class ?? null;
  const quadrant = accountQuadrant(matrixConfig, getAssessment(account, assessments).matrixScores);
  const trend = reviewTrend(reviews);
  const verdict = reviewVerdict({ reviews, abc, quadrant });
  const figures: Figures = { locale, t, money: (v) => view.money(v), stageName: (id: StageId) => STAGE_NAMES[locale][id] };

  return (
    <>
      {reviews.length > 1 && (
        <p class="ar-choose no-print">
          <label for={`${uid}-shown`}>{t.choose}</label>{' '}
          <select
            id={`${uid}-shown`}
            data-field="shown"
            value={shown.id}
            onChange={(e) => onShow((e.currentTarget as HTMLSelectElement).value)}
          >
            {reviews.map((r) => (
              <option key={r.id} value={r.id}>
                {r.quarter}
              </option>
            ))}
          </select>
        </p>
      )}
      <ReviewEditor uid={uid} review={shown} figures={figures} onChange={onChange} onDelete={() => onDelete(shown)} />
      <div class="no-print">
        <ReviewHistory uid={uid} name={name} reviews={reviews} trend={trend} verdict={verdict} figures={figures} />
      </div>
      <ReviewPrint name={name} review={shown} reviews={reviews} verdict={verdict} figures={figures} />
    </>
  );
}
