import { pageStrings } from '../../i18n/pageLocale';

/** The words only the candidates' part shows (WithCandidates.tsx), fetched with it once the portfolio has clients. */
export const CANDIDATE_STRINGS = await pageStrings(
  () => import('./candidateStrings.en'),
  () => import('./candidateStrings.pt-br'),
);
