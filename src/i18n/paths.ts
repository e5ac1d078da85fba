import { LOCALES, isLocale, type Locale } from './locales';

/** `/en/lessons/` ↔ `/pt-br/lessons/`: both languages use the same path after the locale. */
export function localePath(locale: Locale, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  const withSlash = clean === '' || clean.endsWith('/') || clean.includes('#') || clean.includes('?') ? clean : `${clean}/`;
  return `/${locale}/${withSlash}`;
}

/** The same page in another language; unknown paths go to that language's home. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length > 0 && isLocale(parts[0])) parts[0] = target;
  else return `/${target}/`;
  return `/${parts.join('/')}/`;
}

export function localeFromPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/** `getStaticPaths` for pages that exist once per language (a fresh array each call: Astro keeps what it gets). */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}
