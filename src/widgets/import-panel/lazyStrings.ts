import { pageStrings } from '../../i18n/pageLocale';

export const IMPORT_LOADING = await pageStrings(() => import('./lazyStrings.en'), () => import('./lazyStrings.pt-br'));
