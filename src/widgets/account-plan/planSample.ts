/**
 * "Load sample data" for the plan builder: the lesson account's plan for `year` (the stored one, else
 * a new one pre-filled from the other tools) with its empty parts filled by the sample. Fetched when
 * the sample is asked for, with the sample's words.
 */
import { accountPlanId } from '../../domain/index.ts';
import type { AccountPlan } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { samplePlan } from '../../samples/accountPlanSample';
import { $portfolio } from '../../state/index';
import type { AccountAssessment, Client } from '../../state/index';
import { planFigures, prefilledPlan } from './model';
import { SAMPLE_STRINGS } from './sampleStrings';

export function samplePlanFor(locale: Locale, target: Client, stored: AccountAssessment, year: number): AccountPlan {
  const base =
    stored.plans.find((p) => p.id === accountPlanId(target.key, year)) ??
    prefilledPlan(locale, {
      accountKey: target.key,
      accountName: target.name,
      year,
      now: new Date(),
      // The sample company's dated sales give the history's years (the case sheet's 2024 and 2025).
      ...planFigures($portfolio.get(), target.key, year),
      assessment: stored,
    });
  return samplePlan(SAMPLE_STRINGS[locale], base);
}
