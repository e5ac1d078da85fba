/** The dashboard before there is anything to show: no clients yet, or clients but no key accounts. */
import { useState } from 'preact/hooks';
import { classAKeys } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import type { Portfolio } from '../../state/index';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { lazyImport } from '../../scripts/lazyImport';
import type { PortfolioView } from '../shared/usePortfolioView.ts';
import type { STRINGS } from './strings';

type S = (typeof STRINGS)[Locale];

/** No clients: load the sample company (with lesson 4's six key accounts) or go to the portfolio. */
export function NoClients({ locale, s }: { locale: Locale; s: S }) {
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
    <div class="dashboard" data-widget="dashboard">
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
    </div>
  );
}

/** Clients but no key accounts: mark class A as candidates, or choose in the fit/cost, portfolio or Pareto tools. */
export function NoKeyAccounts({ locale, s, portfolio, view }: { locale: Locale; s: S; portfolio: Portfolio; view: PortfolioView }) {
  const aKeys = classAKeys(portfolio.clients).filter((k) => !portfolio.clients.some((c) => c.key === k && c.candidate === true));
  const candidateCount = portfolio.clients.filter((c) => c.candidate === true).length;
  const [marking, setMarking] = useState(false);
  const [markFailed, setMarkFailed] = useState(false);
  // The portfolio's writers are fetched on the click: the dashboard itself only reads.
  async function markClassA() {
    setMarking(true);
    setMarkFailed(false);
    const actions = await lazyImport(() => import('./markCandidates.ts')).catch(() => null);
    setMarking(false);
    if (actions) actions.setCandidates(aKeys, true);
    else setMarkFailed(true);
  }
  return (
    <div class="dashboard" data-widget="dashboard">
      <div class="card db-empty">
        <h2>{s.noKeyTitle}</h2>
        <p>{fillCount(locale, s.noKeyText, { n: portfolio.clients.length })}</p>
        <LazyPeriodBar locale={locale} data={view} />
        {candidateCount > 0 && (
          <p data-candidates role="status">
            {fillCount(locale, s.candidatesText, { n: candidateCount })}
          </p>
        )}
        <p class="db-actions">
          {aKeys.length > 0 && (
            <button type="button" class="button" data-action="mark-class-a" disabled={marking} onClick={() => void markClassA()}>
              {fillCount(locale, s.markA, { n: aKeys.length })}
            </button>
          )}
          <a class="button secondary" href={localePath(locale, 'tools/fit-cost')}>
            {s.fitCostLink}
          </a>
          <a class="button secondary" href={localePath(locale, 'tools/portfolio')}>
            {s.portfolioLink}
          </a>
          <a class="button secondary" href={localePath(locale, 'tools/pareto')}>
            {s.paretoLink}
          </a>
        </p>
        {markFailed && (
          <p class="db-error" role="alert">
            {s.markFailed}
          </p>
        )}
      </div>
    </div>
  );
}
