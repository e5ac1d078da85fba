/**
 * The account-review tool's sample: the quarterly reviews of the case sheet
 * (content/case/{en,pt-br}/horizonte.json `reviews`: Grupo Sabor & Cia and Cantina Nonna Rosa in
 * 2025), as the tool stores them: the risk from the ticks through the domain's `uncouplingRisk`, the
 * quarter's goal a quarter of the year's, every agenda item covered, the notes in the page's language.
 * Loaded on the click, with the sample loaders. Pure: the widget writes the result through the state layer.
 */
import { REVIEW_AGENDA, REVIEW_DECISIONS, STAGE_IDS, clientKeyFromName, roundMoney, uncouplingRisk } from '../domain/index.ts';
import type { AccountReview, ReviewDecision, StageId } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { accounts, reviews as reviewsEn } from '../../content/case/en/horizonte.json';
import { reviews as reviewsPt } from '../../content/case/pt-br/horizonte.json';

const pick = <T extends string>(list: readonly T[], value: string, fallback: T): T => (list.includes(value as T) ? (value as T) : fallback);

/** The sample reviews by account name (as the sample files spell it), ready to store under `key`. */
export function sampleAccountReviews(locale: Locale): { accountName: string; reviews: (key: string) => AccountReview[] }[] {
  const sheet = locale === 'pt-br' ? reviewsPt : reviewsEn;
  return sheet.map((r) => ({
    accountName: accounts.find((a) => a.id === r.account)?.name ?? r.account,
    reviews: (key: string) =>
      r.quarters.map((q): AccountReview => {
        const risk = uncouplingRisk(q.ticks);
        const goal = (r.goals as Record<string, number | undefined>)[q.quarter.slice(0, 4)];
        return {
          id: `${key.slice(0, 60)}:${q.quarter}`,
          accountKey: key,
          quarter: q.quarter,
          date: q.date,
          stage: pick<StageId>(STAGE_IDS, q.stage, 'pre'),
          riskScore: risk ? Math.round(risk.score * 10) / 10 : null,
          riskLevel: risk?.level ?? null,
          revenueActual: q.revenue,
          revenueGoal: goal === undefined ? null : roundMoney(goal / 4),
          actionsDone: q.actionsDone,
          actionsDue: q.actionsDue,
          agenda: [...REVIEW_AGENDA],
          decision: pick<ReviewDecision>(REVIEW_DECISIONS, q.decision, 'keep'),
          notes: q.text,
          updatedAt: `${q.date}T12:00:00.000Z`,
        };
      }),
  }));
}

/** The sample reviews for each of `list` found in the case sheet (matched by name, accents and case ignored). */
export function sampleReviewsFor(
  list: readonly { key: string; name: string }[],
  locale: Locale,
): { key: string; reviews: AccountReview[] }[] {
  const byName = new Map(sampleAccountReviews(locale).map((s) => [clientKeyFromName(s.accountName), s.reviews]));
  return list.flatMap((a) => {
    const make = byName.get(clientKeyFromName(a.name));
    return make === undefined ? [] : [{ key: a.key, reviews: make(a.key) }];
  });
}
