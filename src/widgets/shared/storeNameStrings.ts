import { pageStrings } from '../../i18n/pageLocale';

/** Names of the saved-data stores (storage notices, My data). */
export const STORE_LABELS = await pageStrings(
  () => import('./storeNameStrings.en'),
  () => import('./storeNameStrings.pt-br'),
);
