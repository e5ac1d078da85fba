/**
 * The account's ABC class, ranked from the portfolio's revenue in the chosen period. Only stored data brings clients, so
 * `PlanKnown` fetches this line (and the ranking code) once the portfolio has some; the printed
 * plan, fetched with the editor, reads it here too.
 */
import { QUICK_TRY_KEY, paretoClassOf } from '../../domain/index.ts';
import type { ParetoClass } from '../../domain/index.ts';
import { periodPortfolioOf } from '../../state/index';
import type { Portfolio } from '../../state/index';
import type { KnownRow, KnownTexts } from './PlanKnown';

/** The account's Pareto class over the chosen period (null for the quick try, or when it is not ranked). */
export function classOf(portfolio: Portfolio, account: string): ParetoClass | null {
  return account === QUICK_TRY_KEY ? null : paretoClassOf(periodPortfolioOf(portfolio).clients, account);
}

interface Props {
  t: KnownTexts;
  portfolio: Portfolio;
  account: string;
  /** PlanKnown's line (passed in: importing PlanKnown would tie this chunk to the page's first download). */
  row: KnownRow;
}

export function KnownClass({ t, portfolio, account, row }: Props) {
  return row(t.knownClass, classOf(portfolio, account) ?? t.knownNone);
}
