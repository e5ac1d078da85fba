import type { Dictionary, Locale } from '../../i18n/locales';
import en from './strings.en';
import ptBr from './strings.pt-br';

/** Diagrams render on the server only (no island), so both dictionaries are imported directly. */
export const DIAGRAM_STRINGS: Record<Locale, Dictionary<typeof en>> = { en, 'pt-br': ptBr };
