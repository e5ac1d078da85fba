/**
 * The KAM engine's public surface (DESIGN.md "Domain contract"). Everything a widget, a store, a test
 * or the benchmark needs from the domain is imported from here, never from the files directly.
 * Pure TypeScript: no DOM, no storage, no UI framework; texts live in src/i18n/domain-texts.ts.
 */
export * from './amount.ts';
export * from './encoding.ts';
export * from './delimiter.ts';
export * from './columns.ts';
export * from './dates.ts';
export * from './import.ts';
export * from './lineColumns.ts';
export { QUICK_TRY_KEY, clientKeyBesideReserved, isReservedClientKey } from './clientKey.ts';
export * from './pareto.ts';
export * from './dependence.ts';
export * from './stages.ts';
export * from './idLists.ts';
export * from './stageDiagnosis.ts';
export * from './latest.ts';
export * from './uncoupling.ts';
export * from './matrixScore.ts';
export * from './quadrants.ts';
export * from './classification.ts';
export * from './classificationTable.ts';
export * from './classificationCounts.ts';
export * from './fitCost.ts';
export * from './dpm.ts';
export * from './markdown.ts';
export * from './accountPlan.ts';
export * from './planMerge.ts';
export * from './newCustomers.ts';
export * from './csvExport.ts';
export * from './money.ts';
export * from './currency.ts';
export * from './period.ts';
export * from './yearRevenue.ts';
export * from './validation.ts';
export * from './accountStanding.ts';
export * from './dashboard.ts';
export * from './fileSlug.ts';
export * from './newPlan.ts';
export * from './planYear.ts';
export * from './stageResult.ts';
export * from './buyingCentre.ts';
export * from './costToServe.ts';
export * from './valueProposition.ts';
export * from './valuePropositionMarkdown.ts';
export * from './accountTeam.ts';
export * from './accountReview.ts';
export * from './kraljic.ts';
export * from './buyerViewPlan.ts';
export * from './propositionDashboard.ts';
export * from './planTeam.ts';
