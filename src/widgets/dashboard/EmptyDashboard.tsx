/** The dashboard's first view: no clients yet, or (with clients) its code and data still loading. */
import { useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { lazyImport } from '../../scripts/lazyImport';
import { EMPTY_STRINGS } from './emptyStrings';

/** No clients: load the sample company (with lesson 4's six key accounts) or go to the portfolio. */
export function NoClients({ locale }: { locale: Locale }) {
  const s = EMPTY_STRINGS[locale];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function loadSample() {
    setBusy(true);
    setError(null);
    // The loader is fetched on the click: most visits to the dashboard have data and never load the sample.
    const result = await lazyImport(() => import('../../samples/loaders')).then(
      (loaders) => loaders.loadSampleAccounts(locale, 'plan'),
      () => ({ ok: false, code: 'network' }) as const,
    );
    setBusy(false);
    if (!result.ok) setError(fill(COMMON[locale].sampleFailed, { code: result.code }));
  }
  return (
    <div class="card db-empty">
      <h2>{s.emptyTitle}</h2>
      <p>{s.emptyText}</p>
      <p class="db-actions">
        <button type="button" class="button" data-action="load-sample" disabled={busy} onClick={() => void loadSample()}>
          {COMMON[locale].loadSample}
        </button>
        <a class="button secondary" href={localePath(locale, 'tools/portfolio')}>
          {s.portfolioLink}
        </a>
      </p>
      <p role="status">{busy ? COMMON[locale].loadingSample : ''}</p>
      {error && (
        <p class="db-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** While the dashboard's code (or, for one render, its stored data) is on its way; or that it could not be fetched. */
export function DashboardLoading({ locale, failed = false }: { locale: Locale; failed?: boolean }) {
  const s = EMPTY_STRINGS[locale];
  return failed ? (
    <p class="db-error" role="alert">
      {s.loadFailed}
    </p>
  ) : (
    <p class="muted" role="status">
      {s.loading}
    </p>
  );
}
