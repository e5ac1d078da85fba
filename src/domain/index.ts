/**
 * The KAM engine's public surface (DESIGN.md "Domain contract"). Everything a widget, a store, a test
 * or the benchmark needs from the domain is imported from here, never from the files directly.
 */
export * from './stages.ts';
export * from './dates.ts';
export * from './markdown.ts';
export * from './accountPlan.ts';
export * from './dpm.ts';
