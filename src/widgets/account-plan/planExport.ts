/**
 * Taking a plan out of the page: a Markdown or JSON file, or the print view (A4, `PlanDocument`).
 * Each returns the words of what went wrong, or null: every export says when it fails (a plan
 * restored from an odd file must not fail silently).
 */
import { planFileName, planToMarkdown, propositionToMarkdown, teamToMarkdown } from '../../domain/index.ts';
import type { AccountPlan, AccountTeam, ValueProposition } from '../../domain/index.ts';
import { TEAM_TEXTS } from '../../i18n/domain-texts/team';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { downloadTextFile } from '../shared/download';
import { propositionLabels } from '../shared/propositionStrings';
import { markdownLabels } from './model';
import { STRINGS } from './strings';

function failure(locale: Locale, error: unknown): string {
  const t = STRINGS[locale];
  const detail = error instanceof Error && error.message ? error.message : t.downloadFailed;
  return fill(t.exportFailed, { detail });
}

/**
 * The Markdown file: the plan, then the account's team and RACI (the account-team tool's, when recorded), then its one-page
 * value proposition when it has one (the value-proposition tool).
 */
function planMarkdown(
  locale: Locale,
  plan: AccountPlan,
  currency: string,
  proposition: ValueProposition | undefined,
  team: Pick<AccountTeam, 'members' | 'raci'> | undefined,
): string {
  let text = planToMarkdown(plan, { ...markdownLabels(locale), currency });
  if (team && team.members.length > 0) text += `\n${teamToMarkdown(team, TEAM_TEXTS[locale])}`;
  return proposition === undefined
    ? text
    : `${text.trimEnd()}\n\n${propositionToMarkdown(proposition, plan.accountName, propositionLabels(locale, currency))}`;
}

export function downloadPlan(
  locale: Locale,
  plan: AccountPlan,
  kind: 'md' | 'json',
  currency: string,
  proposition?: ValueProposition,
  team?: Pick<AccountTeam, 'members' | 'raci'>,
): string | null {
  try {
    const ok =
      kind === 'md'
        ? downloadTextFile({
            fileName: planFileName(plan, 'md'),
            text: planMarkdown(locale, plan, currency, proposition, team),
            mimeType: 'text/markdown',
          })
        : downloadTextFile({
            fileName: planFileName(plan, 'json'),
            text: `${JSON.stringify(plan, null, 2)}\n`,
            mimeType: 'application/json',
          });
    return ok ? null : STRINGS[locale].downloadFailed;
  } catch (error) {
    return failure(locale, error);
  }
}

/** Prints the plan document: the page's `printing-plan` class swaps the form for it until printing ends. */
export function printPlan(locale: Locale): string | null {
  const root = document.documentElement;
  const done = () => {
    root.classList.remove('printing-plan');
    removeEventListener('afterprint', done);
  };
  try {
    root.classList.add('printing-plan');
    addEventListener('afterprint', done);
    window.print();
    return null;
  } catch (error) {
    done();
    return failure(locale, error);
  }
}
