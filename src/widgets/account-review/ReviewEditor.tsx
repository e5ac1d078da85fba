/**
 * One review as the meeting works through it: the agenda as a checklist, plan against actual (the
 * figures the review was started with), the decision and the notes. Every change is saved at once
 * by the caller; the notes when the field is left.
 */
import { REVENUE_WELL_BELOW, REVIEW_AGENDA, REVIEW_DECISIONS } from '../../domain/index.ts';
import type { AccountReview, ReviewDecision, StageId } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { ChoiceSelect } from '../shared/EditorFields';
import type { VIEW_STRINGS } from './viewStrings';

export type T = (typeof VIEW_STRINGS)[Locale];

export type Figures = { locale: Locale; t: T; money: (value: number) => string; stageName: (id: StageId) => string };

/** The plan-against-actual rows, shared by the screen and the printed agenda. */
export function PlanTable({ review, figures }: { review: AccountReview; figures: Figures }) {
  const { locale, t, money, stageName } = figures;
  const share =
    review.revenueActual !== null && review.revenueGoal !== null && review.revenueGoal > 0
      ? review.revenueActual / review.revenueGoal
      : null;
  const risk =
    review.riskScore === null || review.riskLevel === null
      ? t.notAssessed
      : fill(t.riskOf, { score: formatNumber(locale, review.riskScore, 1), level: t[`level.${review.riskLevel}`] });
  return (
    <table class="ar-plan-table">
      <caption>{t.planCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colItem}</th>
          <th scope="col">{t.colActual}</th>
          <th scope="col">{t.colPlan}</th>
          <th scope="col">{t.colReading}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t.rowRevenue}</th>
          <td class="num">{review.revenueActual === null ? t.noSales : money(review.revenueActual)}</td>
          <td class="num">{review.revenueGoal === null ? '—' : money(review.revenueGoal)}</td>
          <td>
            {share === null
              ? review.revenueGoal === null
                ? t.noGoal
                : '—'
              : fill(t.goalShare, { share: formatPercent(locale, share) }) + (share < REVENUE_WELL_BELOW ? ` · ${t.wellBelow}` : '')}
          </td>
        </tr>
        <tr>
          <th scope="row">{t.rowActions}</th>
          <td>{fill(t.actionsDone, { n: review.actionsDone })}</td>
          <td>{fill(t.actionsDue, { n: review.actionsDue })}</td>
          <td />
        </tr>
        <tr>
          <th scope="row">{t.rowStage}</th>
          <td colSpan={3}>{review.stage === null ? t.notDiagnosed : stageName(review.stage)}</td>
        </tr>
        <tr>
          <th scope="row">{t.rowRisk}</th>
          <td colSpan={3}>{risk}</td>
        </tr>
      </tbody>
    </table>
  );
}

interface Props {
  uid: string;
  review: AccountReview;
  figures: Figures;
  onChange: (next: AccountReview) => void;
  onDelete: () => void;
}

export function ReviewEditor({ uid, review, figures, onChange, onDelete }: Props) {
  const { locale, t } = figures;
  const toggle = (item: (typeof REVIEW_AGENDA)[number], on: boolean) =>
    onChange({ ...review, agenda: REVIEW_AGENDA.filter((a) => (a === item ? on : review.agenda.includes(a))) });
  return (
    <section class="ar-review no-print" aria-labelledby={`${uid}-review`} data-review={review.quarter}>
      <h4 id={`${uid}-review`}>{fill(t.reviewTitle, { quarter: review.quarter })}</h4>
      <p class="muted">{fill(t.heldOn, { date: formatDate(locale, review.date) })}</p>
      <fieldset class="ar-agenda">
        <legend>{t.agendaTitle}</legend>
        {REVIEW_AGENDA.map((item) => (
          <label key={item} class="ar-check">
            <input
              type="checkbox"
              data-agenda={item}
              checked={review.agenda.includes(item)}
              onChange={(e) => toggle(item, (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t[`agenda.${item}`]}
          </label>
        ))}
      </fieldset>
      <h5>{t.planTitle}</h5>
      <div class="table-scroll">
        <PlanTable review={review} figures={figures} />
      </div>
      <div class="ar-decision">
        <label for={`${uid}-decision`}>{t.decisionTitle}</label>
        <ChoiceSelect
          id={`${uid}-decision`}
          data-field="decision"
          choices={REVIEW_DECISIONS}
          label={(d) => t[`decision.${d}`]}
          value={review.decision ?? ''}
          onValue={(v) => onChange({ ...review, decision: v === '' ? null : (v as ReviewDecision) })}
        >
          <option value="">{t['decision.none']}</option>
        </ChoiceSelect>
        <label for={`${uid}-notes`}>{t.notes}</label>
        <textarea
          id={`${uid}-notes`}
          data-field="notes"
          rows={3}
          value={review.notes}
          onChange={(e) => onChange({ ...review, notes: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </div>
      <p>
        <button type="button" class="button secondary" data-action="delete-review" onClick={onDelete}>
          {fill(t.remove, { quarter: review.quarter })}
        </button>
      </p>
    </section>
  );
}
