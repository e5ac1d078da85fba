/**
 * The two languages of the site. `Locale` is the URL segment (`/en/…`, `/pt-br/…`);
 * `bcp47` is what goes into `<html lang>` and into `Intl` formatters.
 */
export const LOCALES = ['en', 'pt-br'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const BCP47: Record<Locale, string> = { en: 'en', 'pt-br': 'pt-BR' };
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', 'pt-br': 'Português (Brasil)' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language: the switcher offers exactly one. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'pt-br' : 'en';
}

/**
 * A dictionary typed by the English one: every key the English dictionary has must exist in
 * every other language, so a missing translation is a type error in `astro check`.
 */
export type Dictionary<T extends Record<string, string>> = { readonly [K in keyof T]: string };
export type Translations<T extends Record<string, string>> = Record<Locale, Dictionary<T>>;
/** The same, at every level (the domain texts nest): same keys as English, any string values. */
export type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
