/**
 * Taking a plan out of the page: a Markdown or JSON file, or the print view (A4, `PlanDocument`).
 * Each returns the words of what went wrong, or null: every export says when it fails (a plan
 * restored from an odd file must not fail silently).
 */
import { planFileName, planToMarkdown } from '../../domain/index.ts';
import type { AccountPlan } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { downloadTextFile } from '../shared/download';
import { markdownLabels } from './model';
import type { PlanExtras } from './planExtras';
import { EDITOR_STRINGS } from './editorStrings';

function failure(locale: Locale, error: unknown): string {
  const t = EDITOR_STRINGS[locale];
  const detail = error instanceof Error && error.message ? error.message : t.downloadFailed;
  return fill(t.exportFailed, { detail });
}

/** The Markdown file: the plan, then the account's team, buyer's view and value proposition when it has them (fetched only then). */
async function planMarkdown(locale: Locale, plan: AccountPlan, currency: string, extras: PlanExtras): Promise<string> {
  const text = planToMarkdown(plan, { ...markdownLabels(locale), currency });
  const hasTeam = extras.team !== undefined && extras.team.members.length > 0;
  const hasBuyerView = extras.buyerView !== undefined && Object.keys(extras.buyerView).length > 0;
  if (extras.proposition === undefined && !hasTeam && !hasBuyerView) return text;
  const { withExtras } = await lazyImport(() => import('./planExtras'));
  return withExtras(locale, plan, currency, text, extras);
}

export async function downloadPlan(
  locale: Locale,
  plan: AccountPlan,
  kind: 'md' | 'json',
  currency: string,
  extras: PlanExtras,
): Promise<string | null> {
  try {
    const ok =
      kind === 'md'
        ? downloadTextFile({
            fileName: planFileName(plan, 'md'),
            text: await planMarkdown(locale, plan, currency, extras),
            mimeType: 'text/markdown',
          })
        : downloadTextFile({
            fileName: planFileName(plan, 'json'),
            text: `${JSON.stringify(plan, null, 2)}\n`,
            mimeType: 'application/json',
          });
    return ok ? null : EDITOR_STRINGS[locale].downloadFailed;
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
