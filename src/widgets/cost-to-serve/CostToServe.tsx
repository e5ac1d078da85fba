/**
 * Cost to serve and customer profitability (lesson 10): per client of the portfolio, revenue in the
 * chosen period, gross margin (the portfolio's, or typed here), and the yearly costs of serving it
 * → margin after cost to serve; the profitability ranking beside the revenue ranking; the whale
 * curve. Every figure is the domain's `costToServe`; inputs autosave in `$costToServe`. Cost lines
 * also come from a CSV file (CostImport: preview, then apply, with undo).
 *
 * This module is the tool's first view (title, sample and print buttons, period, status, the empty
 * state); the figures (CostFigures) exist only with clients, so they are fetched when there are some.
 */
import { useId, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { lazyImport } from '../../scripts/lazyImport';
import { COMMON } from '../../i18n/common';
import { StatusRegion } from '../shared/StatusRegion';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { useWriteStatus } from '../shared/useWriteStatus';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { Props as FigureProps } from './CostFigures';
import { STRINGS } from './strings';
import './cost-to-serve.css';
import { PrintButton } from '../shared/PrintButton';

const LazyFigures = lazyComponent(
  lazyLoader<FigureProps>(() => import('./CostFigures').then((m) => m.CostFigures)),
  (failed, { locale }) => (
    <p role={failed ? 'alert' : 'status'} class={failed ? 'error' : 'muted'}>
      {failed ? STRINGS[locale].figuresFailed : STRINGS[locale].figuresLoading}
    </p>
  ),
);

export default function CostToServe({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const data = usePortfolioView(locale);
  const { status, say, report } = useWriteStatus(locale, t.kept);
  const [busy, setBusy] = useState(false);
  // Printing waits for the figures: they are what the print view shows.
  const [figuresShown, setFiguresShown] = useState(false);
  const clients = data.clientsWithSales;

  function loadSample() {
    setBusy(true);
    say(COMMON[locale].loadingSample);
    // The sample's loaders are fetched on the click: the page does not ship them before.
    void lazyImport(() => import('../../samples/loaders'))
      .then(
        ({ loadIntoDemo }) =>
          loadIntoDemo(
            () => import('../../samples/costToServeSample'),
            (code) => code.loadCostToServeSample(locale),
          ),
        () => ({ ok: false as const, code: 'network' as const }),
      )
      .then((r) => {
        setBusy(false);
        if (!r.ok) say(fill(COMMON[locale].sampleFailed, { code: r.code }), 'error');
        else say(r.clients > 0 ? fillCount(locale, t.sampleLoaded, { n: r.clients }) : t.sampleKept);
      });
  }

  return (
    <section class="cost-to-serve" data-widget="cost-to-serve" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t.title}</h3>
      <p>{t.intro}</p>
      <div class="cts-toolbar no-print">
        <button type="button" class="button secondary" data-action="load-sample" onClick={loadSample} disabled={busy}>
          {COMMON[locale].loadSample}
        </button>
        {/* The print view is the ranking, the whale curve and its table (a trainer hands them out); the editors are no-print. */}
        <PrintButton locale={locale} disabled={clients.length === 0 || !figuresShown}>
          {t.print}
        </PrintButton>
      </div>
      {data.portfolio.clients.length > 0 && <LazyPeriodBar locale={locale} data={data} onWrite={(r) => report(r)} />}
      <StatusRegion locale={locale} status={status} />
      {clients.length === 0 ? (
        <p class="note">{t.empty}</p>
      ) : (
        <LazyFigures locale={locale} data={data} report={report} onShown={setFiguresShown} />
      )}
    </section>
  );
}
