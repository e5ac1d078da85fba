import { pageStrings } from '../../i18n/pageLocale';

export const CURRENCY_NOTE_STRINGS = await pageStrings(() => import('./currencyNoteStrings.en'), () => import('./currencyNoteStrings.pt-br'));
