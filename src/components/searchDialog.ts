/**
 * The search dialog, built when the visitor first opens search (Header.astro). Not in the page's
 * HTML: it cost every page ~290 bytes gzipped, and lesson pages have a 24 KB budget. Same markup and
 * data hooks as before; src/scripts/search.ts runs it. Only the site's own strings go in, as text.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { startSearch } from '../scripts/search';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** The header's dialog, created once. */
function searchDialog(header: HTMLElement, locale: Locale): HTMLDialogElement {
  const existing = header.querySelector<HTMLDialogElement>('dialog.search-dialog');
  if (existing) return existing;
  const t = useTranslations(locale);
  const titleId = `search-title-${locale}`;
  const dialog = element('dialog', {
    class: 'search-dialog',
    'aria-labelledby': titleId,
    'data-loading': t('search.loading'),
    'data-no-results': t('search.noResults'),
    'data-results': t('search.results'),
    'data-unavailable': t('search.unavailable'),
  });
  const head = element('div', { class: 'search-head' });
  const label = element('label', {}, t('search.label'));
  label.append(
    element('input', { type: 'search', name: 'q', placeholder: t('search.placeholder'), autocomplete: 'off', 'data-search-input': '' }),
  );
  head.append(label, element('button', { type: 'button', class: 'icon-button', 'data-search-close': '' }, t('search.close')));
  dialog.append(
    element('h2', { id: titleId, class: 'sr-only' }, t('search.label')),
    head,
    element('p', { role: 'status', class: 'muted', 'data-search-status': '' }),
    element('ul', { class: 'search-results', 'data-search-results': '' }),
  );
  header.append(dialog);
  return dialog;
}

/** Opens the header's search (one dynamic import from Header.astro: every byte there is on every page). */
export function openSearch(header: HTMLElement, locale: Locale): void {
  const dialog = searchDialog(header, locale);
  dialog.showModal();
  startSearch(dialog);
}
