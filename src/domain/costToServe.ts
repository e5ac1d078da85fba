/**
 * Cost to serve and customer profitability. A client's gross margin (revenue × gross margin %) pays
 * for more than the goods: deliveries, sales visits, special terms and discounts, the credit given
 * by payment days, returns and staff dedicated to it. What is left after those costs is the margin
 * after cost to serve — the figure that shows which clients actually make money. Sorting clients by
 * it and summing gives the "whale curve": cumulative profit rises above 100 % of the total through
 * the profitable clients and falls back through the ones that lose money.
 *
 * Money is exact to the cent (MoneySum); the cost of credit is rounded to the cent once per client.
 */
import { MoneySum, roundMoney } from './money.ts';

/** The kinds of cost line a user records or imports (the cost of credit is computed, not typed). */
export const COST_TYPES = ['delivery', 'visits', 'terms', 'returns', 'staff', 'other'] as const;
export type CostType = (typeof COST_TYPES)[number];
/** Every cost column of the result: the typed ones and the computed cost of credit. */
export type CostColumn = CostType | 'credit';
export const COST_COLUMNS: readonly CostColumn[] = ['delivery', 'visits', 'terms', 'credit', 'returns', 'staff', 'other'];

export type CostLine = { key: string; type: CostType; amount: number };

export interface CostToServeInput {
  clients: readonly { key: string; name: string; revenue: number; marginPct?: number | undefined }[];
  lines: readonly CostLine[];
  /** Client key → days the client takes to pay. */
  paymentDays: Readonly<Record<string, number>>;
  /** Gross margin % typed in the tool, by client key; wins over the client's own `marginPct`. */
  margins?: Readonly<Record<string, number>>;
  /** The yearly rate of the money tied up in receivables, in % (cost of credit = revenue × days/365 × rate). */
  creditRatePct: number;
  /** Gross margin % for clients with none of their own (e.g. the company's average); absent: they are left out. */
  defaultMarginPct?: number | undefined;
}

export interface ClientProfit {
  key: string;
  name: string;
  revenue: number;
  marginPct: number;
  grossMargin: number;
  costs: Record<CostColumn, number>;
  costToServe: number;
  /** Margin after cost to serve, in money. */
  profit: number;
  /** Margin after cost to serve as % of revenue (null when revenue is 0). */
  profitPct: number | null;
  /** 1 = the largest revenue / the largest profit. */
  revenueRank: number;
  profitRank: number;
  /** Cumulative profit of the clients ranked up to this one, as a share of the total profit (the whale curve). */
  cumulativeShare: number;
}

export interface CostToServeResult {
  /** Sorted by profit, largest first (ties by name, then key). */
  clients: ClientProfit[];
  /** Clients with revenue or costs but no gross margin known: listed for the user to fill in. */
  noMargin: { key: string; name: string; revenue: number }[];
  totals: { revenue: number; grossMargin: number; costToServe: number; profit: number };
  /** The top of the whale curve: the profitable clients, and the share of the total profit they make. */
  peak: { count: number; share: number };
  /** Clients that lose money, and how much they lose together (a positive number). */
  losers: { count: number; loss: number };
}

/** The cost of the credit given to a client: revenue × days / 365 × rate, to the cent. */
export function creditCost(revenue: number, days: number, ratePct: number): number {
  if (!(days > 0) || !(ratePct > 0) || !(revenue > 0)) return 0;
  return roundMoney((revenue * days * ratePct) / 36_500);
}

const byName = (a: { name: string; key: string }, b: { name: string; key: string }) =>
  a.name.localeCompare(b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function emptyCosts(): Record<CostColumn, MoneySum> {
  return Object.fromEntries(COST_COLUMNS.map((c) => [c, new MoneySum()])) as Record<CostColumn, MoneySum>;
}

function ownNumber(record: Readonly<Record<string, number>> | undefined, key: string): number | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Profit after cost to serve per client, the profitability ranking beside the revenue ranking, and the whale curve. */
export function costToServe(input: CostToServeInput): CostToServeResult {
  const linesByKey = new Map<string, Record<CostColumn, MoneySum>>();
  for (const line of input.lines) {
    if (!Number.isFinite(line.amount)) continue;
    let costs = linesByKey.get(line.key);
    if (!costs) linesByKey.set(line.key, (costs = emptyCosts()));
    costs[line.type].add(line.amount);
  }

  const rows: Omit<ClientProfit, 'revenueRank' | 'profitRank' | 'cumulativeShare'>[] = [];
  const noMargin: CostToServeResult['noMargin'] = [];
  for (const client of input.clients) {
    const sums = linesByKey.get(client.key);
    if (!(client.revenue > 0) && sums === undefined) continue;
    const marginPct = ownNumber(input.margins, client.key) ?? client.marginPct ?? input.defaultMarginPct;
    if (marginPct === undefined || !Number.isFinite(marginPct)) {
      noMargin.push({ key: client.key, name: client.name, revenue: client.revenue });
      continue;
    }
    const revenue = client.revenue;
    const grossMargin = roundMoney((revenue * marginPct) / 100);
    const costSums = sums ?? emptyCosts();
    costSums.credit.add(creditCost(revenue, ownNumber(input.paymentDays, client.key) ?? 0, input.creditRatePct));
    const costs = Object.fromEntries(COST_COLUMNS.map((c) => [c, costSums[c].value])) as Record<CostColumn, number>;
    const total = new MoneySum();
    for (const c of COST_COLUMNS) total.add(costs[c]);
    const cost = total.value;
    const profit = new MoneySum().add(grossMargin).add(-cost).value;
    rows.push({
      key: client.key,
      name: client.name,
      revenue,
      marginPct,
      grossMargin,
      costs,
      costToServe: cost,
      profit,
      profitPct: revenue === 0 ? null : (profit / revenue) * 100,
    });
  }

  const byRevenue = [...rows].sort((a, b) => b.revenue - a.revenue || byName(a, b));
  const revenueRank = new Map(byRevenue.map((r, i) => [r.key, i + 1]));
  const byProfit = [...rows].sort((a, b) => b.profit - a.profit || byName(a, b));

  const totalProfit = new MoneySum();
  const totalRevenue = new MoneySum();
  const totalGross = new MoneySum();
  const totalCost = new MoneySum();
  for (const r of rows) {
    totalProfit.add(r.profit);
    totalRevenue.add(r.revenue);
    totalGross.add(r.grossMargin);
    totalCost.add(r.costToServe);
  }
  const profitSum = totalProfit.value;

  const running = new MoneySum();
  const clients: ClientProfit[] = byProfit.map((r, i) => {
    running.add(r.profit);
    return {
      ...r,
      revenueRank: revenueRank.get(r.key)!,
      profitRank: i + 1,
      cumulativeShare: profitSum === 0 ? 0 : running.value / profitSum,
    };
  });

  const winners = clients.filter((c) => c.profit > 0);
  const losing = clients.filter((c) => c.profit < 0);
  return {
    clients,
    noMargin: noMargin.sort(byName),
    totals: { revenue: totalRevenue.value, grossMargin: totalGross.value, costToServe: totalCost.value, profit: profitSum },
    peak: {
      count: winners.length,
      share: profitSum === 0 ? 0 : winners.reduce((s, c) => s.add(c.profit), new MoneySum()).value / profitSum,
    },
    losers: { count: losing.length, loss: -losing.reduce((s, c) => s.add(c.profit), new MoneySum()).value || 0 },
  };
}

/** Margin after cost to serve as % of revenue for one client, from its result row (null: not computed). */
export function marginAfterCostToServe(result: CostToServeResult, key: string): number | null {
  return result.clients.find((c) => c.key === key)?.profitPct ?? null;
}

/**
 * The margin after cost to serve of some clients together (the key accounts, for the dashboard):
 * money and % of their revenue. Null when none of them is in the result.
 */
export function groupMarginAfterCostToServe(
  result: CostToServeResult,
  keys: readonly string[],
): { profit: number; revenue: number; pct: number | null } | null {
  const wanted = new Set(keys);
  const rows = result.clients.filter((c) => wanted.has(c.key));
  if (rows.length === 0) return null;
  const profit = rows.reduce((s, c) => s.add(c.profit), new MoneySum()).value;
  const revenue = rows.reduce((s, c) => s.add(c.revenue), new MoneySum()).value;
  return { profit, revenue, pct: revenue === 0 ? null : (profit / revenue) * 100 };
}
