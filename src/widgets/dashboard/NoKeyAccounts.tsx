/** Clients but no key accounts: mark class A as candidates, or choose in the fit/cost, portfolio or Pareto tools. */
import { useState } from 'preact/hooks';
import { classAKeys } from '../../domain/index.ts';
import { fillCount } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import type { Portfolio } from '../../state/index';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { lazyImport } from '../../scripts/lazyImport';
import type { PortfolioView } from '../shared/usePortfolioView.ts';
import { EMPTY_STRINGS } from './emptyStrings';
import type { STRINGS } from './strings';

type S = (typeof STRINGS)[Locale];

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
          {EMPTY_STRINGS[locale].portfolioLink}
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
  );
}
