/**
 * `$portfolio`: the client database every widget reads (clients with key-account flags, and monthly
 * sales lines when the import had dates). Derived figures (Pareto classes, shares, totals) are
 * computed by the domain from this, never stored. What changes it is portfolioActions.ts, apart
 * because nearly every page reads the portfolio and few change it.
 */
import { persistedAtom } from './persisted.ts';
import { defaultPortfolio, portfolioSchema } from './schemas/portfolio.ts';
import type { Client, Portfolio } from './schemas/portfolio.ts';

export const $portfolio = persistedAtom({ name: 'portfolio', schema: portfolioSchema, makeDefault: defaultPortfolio });

export function getClient(key: string, portfolio: Portfolio = $portfolio.get()): Client | undefined {
  return portfolio.clients.find((c) => c.key === key);
}

export function keyAccounts(portfolio: Portfolio = $portfolio.get()): Client[] {
  return portfolio.clients.filter((c) => c.keyAccount);
}
