/**
 * Lesson search, loaded only when the visitor opens the search dialog. Pagefind built one index
 * per `<html lang>`, and `pagefind.js` loads the index of the page's language, so results are
 * always in the language being read. Results are built with DOM APIs (textContent), except
 * Pagefind's excerpt, whose only markup is the `<mark>` highlighting it adds around matches.
 */
import { fillCount } from '../i18n/plural';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind | null> | undefined;
const started = new WeakSet<HTMLDialogElement>();

function loadPagefind(): Promise<Pagefind | null> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>)
    .then(async (module) => {
      await module.init();
      return module;
    })
    .catch(() => null);
  return pagefind;
}

/** Pagefind excerpts are plain text with `<mark>` around matches: rebuild them without innerHTML. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        target.append(mark);
      } else target.append(text);
    }
  }
}

function decodeEntities(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

export function startSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  input?.focus();
  if (started.has(dialog) || !input || !status || !list) return;
  started.add(dialog);
  const text = dialog.dataset;

  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  status.textContent = text['loading'] ?? '';
  const ready = loadPagefind().then((pf) => {
    status.textContent = pf ? '' : (text['unavailable'] ?? '');
    return pf;
  });

  // Whatever was typed while the index was loading is searched as soon as it is ready.
  const run = async () => {
    const pf = await ready;
    if (!pf) return;
    const term = input.value.trim();
    const search = await pf.debouncedSearch(term, {}, 250);
    if (search === null) return; // a newer keystroke replaced this search
    list.replaceChildren();
    if (term === '') {
      status.textContent = '';
      return;
    }
    const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
    status.textContent =
      data.length === 0
        ? (text['noResults'] ?? '')
        : fillCount(document.documentElement.lang.toLowerCase().startsWith('pt') ? 'pt-br' : 'en', text['results'] ?? '', {
            count: search.results.length,
          });
    for (const result of data) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'muted';
      appendExcerpt(excerpt, result.excerpt);
      item.append(link, excerpt);
      list.append(item);
    }
  };
  input.addEventListener('input', run);
  void ready.then(() => {
    if (input.value.trim() !== '') void run();
  });
}
