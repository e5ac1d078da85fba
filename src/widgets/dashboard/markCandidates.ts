/**
 * The one portfolio writer the dashboard uses, fetched on the click that needs it. Imported through
 * this module, not directly: a dynamically imported module keeps every export, and the portfolio's
 * actions are shared with other tools that would then load the unused ones too.
 */
export { setCandidates } from '../../state/portfolioActions.ts';
