/**
 * The cost-to-serve tool's inputs, per client key: the gross margin typed in the tool (when the
 * portfolio has none), payment days and the yearly cost amounts by kind; plus the credit rate and
 * the margin assumed for clients without one. Profit, ranks and the whale curve are the domain's
 * `costToServe`, never stored. A new store: absent key → the default (no migration).
 */
import * as v from 'valibot';
import { COST_TYPES, finiteNumber } from '../../domain/index.ts';
import { recordKey } from './common.ts';

const pct = v.pipe(v.number(), v.finite(), v.minValue(-1000), v.maxValue(1000));
const money = v.pipe(finiteNumber(), v.minValue(-1e12), v.maxValue(1e12));

export const clientCostsSchema = v.object({
  marginPct: v.optional(pct),
  paymentDays: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3650))),
  costs: v.record(v.picklist(COST_TYPES), money),
});
export type ClientCosts = v.InferOutput<typeof clientCostsSchema>;

export const costToServeSchema = v.object({
  creditRatePct: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000)),
  defaultMarginPct: v.optional(pct),
  clients: v.record(recordKey(500), clientCostsSchema),
});
export type CostToServeData = v.InferOutput<typeof costToServeSchema>;

export function defaultCostToServe(): CostToServeData {
  return { creditRatePct: 12, clients: {} };
}
