/**
 * The printed agenda a manager takes to the review meeting: the account and quarter, the agenda
 * with empty boxes, plan against actual, the earlier reviews' decisions, what the rules say, and
 * room to write the decisions. Hidden on screen; the rest of the tool is hidden on paper.
 */
import { REVIEW_AGENDA } from '../../domain/index.ts';
import type { AccountReview, ReviewVerdict } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { PlanTable } from './ReviewEditor';
import type { Figures } from './ReviewEditor';
import { verdictText } from './ReviewHistory';

interface Props {
  name: string;
  review: AccountReview;
  reviews: readonly AccountReview[];
  verdict: ReviewVerdict;
  figures: Figures;
}

export function ReviewPrint({ name, review, reviews, verdict, figures }: Props) {
  const { t } = figures;
  const earlier = reviews.filter((r) => r.quarter < review.quarter);
  return (
    <section class="ar-print print-only" data-print-view>
      <h3>{fill(t.printHeading, { account: name, quarter: review.quarter })}</h3>
      <h4>{t.agendaTitle}</h4>
      <ol class="ar-print-agenda">
        {REVIEW_AGENDA.map((item) => (
          <li key={item}>
            <span aria-hidden="true">☐</span> {t[`agenda.${item}`]}
          </li>
        ))}
      </ol>
      <h4>{t.planTitle}</h4>
      <PlanTable review={review} figures={figures} />
      {earlier.length > 0 && (
        <>
          <h4>{t.printLastDecisions}</h4>
          <ul>
            {earlier.map((r) => (
              <li key={r.id}>
                {r.quarter}: {r.decision ? t[`decision.${r.decision}`] : t['decision.none']}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t.verdictTitle}</h4>
      <p>{verdictText(verdict, figures)}</p>
      <h4>{t.printDecisions}</h4>
      <div class="ar-print-lines" />
    </section>
  );
}
