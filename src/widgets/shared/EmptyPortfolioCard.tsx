/**
 * What a portfolio-based tool shows while the portfolio is empty: why, and the button that loads the
 * sample company. `onLoad` loads it and says the outcome the tool's own way; the button waits for it.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';

type Props = { locale: Locale; t: { emptyTitle: string; emptyText: string }; onLoad: () => Promise<void>; children?: ComponentChildren };

export function EmptyPortfolioCard({ locale, t, onLoad, class: cls = 'card', children }: Props & { class?: string }) {
  const [busy, setBusy] = useState(false);
  const load = () => {
    setBusy(true);
    void onLoad().finally(() => setBusy(false));
  };
  return (
    <div class={cls}>
      <h3>{t.emptyTitle}</h3>
      <p>{t.emptyText}</p>
      <button type="button" class="button" data-action="load-sample" onClick={load} disabled={busy}>
        {COMMON[locale].loadSample}
      </button>
      {children}
    </div>
  );
}
