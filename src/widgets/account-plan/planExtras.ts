/**
 * What the plan's Markdown file adds after the plan itself: the account's team and RACI (the
 * account-team tool's), the buyer's view and the stage cap it implies (the Kraljic tool's) and its
 * one-page value proposition (the value-proposition tool's). Fetched only when an account has one of
 * them, so their words and formatting stay out of the plan page's first download.
 */
import { buyerViewToMarkdown, planBuyerView, propositionToMarkdown, teamToMarkdown } from '../../domain/index.ts';
import type { AccountPlan, AccountTeam, KraljicAnswers, ValueProposition } from '../../domain/index.ts';
import { TEAM_TEXTS } from '../../i18n/domain-texts/team';
import type { Locale } from '../../i18n/locales';
import { propositionLabels } from '../shared/propositionStrings';
import { buyerViewLabels } from './buyerViewLabels';

export type PlanExtras = {
  proposition: ValueProposition | undefined;
  team: Pick<AccountTeam, 'members' | 'raci'> | undefined;
  /** The account's answers in the Kraljic tool, read against the plan's own current and target stages. */
  buyerView?: KraljicAnswers | undefined;
};

/** `planText` (the plan's own Markdown) followed by the team, the buyer's view, then the proposition. */
export function withExtras(locale: Locale, plan: AccountPlan, currency: string, planText: string, extras: PlanExtras): string {
  let text = planText;
  if (extras.team && extras.team.members.length > 0) text += `\n${teamToMarkdown(extras.team, TEAM_TEXTS[locale])}`;
  const view = planBuyerView(extras.buyerView, plan.currentStage, plan.targetStage);
  if (view !== null) text = `${text.trimEnd()}\n\n${buyerViewToMarkdown(view, buyerViewLabels(locale))}`;
  return extras.proposition === undefined
    ? text
    : `${text.trimEnd()}\n\n${propositionToMarkdown(extras.proposition, plan.accountName, propositionLabels(locale, currency))}`;
}
