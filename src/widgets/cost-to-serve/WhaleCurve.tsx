/**
 * The whale curve: cumulative margin after cost to serve, clients from the most to the least
 * profitable, as % of the total profit — it rises above 100 % through the profitable clients and
 * falls back through the ones that lose money. The sentence says where the peak is and what the
 * last clients lose; the table behind the chart lists every client.
 */
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { lazyImport } from '../../scripts/lazyImport.ts';
import type { CostToServeResult } from '../../domain/index.ts';
import { formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { FIGURE_STRINGS } from './figureStrings';

type Props = { locale: Locale; result: CostToServeResult; money: (value: number) => string };

/** The sentence of lesson 10: "the most profitable N clients make X % of the profit; the last M lose Y". */
export function whaleSentence(locale: Locale, result: CostToServeResult, money: (value: number) => string): string {
  const t = FIGURE_STRINGS[locale];
  const { peak, losers } = result;
  return losers.count === 0
    ? fillCount(locale, t.whaleNoLosers, { n: peak.count })
    : fillCount(locale, t.whaleSentence, {
        n: peak.count,
        share: formatPercent(locale, peak.share),
        m: losers.count,
        loss: money(losers.loss),
      });
}

export function WhaleCurve({ locale, result, money }: Props) {
  const t = FIGURE_STRINGS[locale];
  const n = result.clients.length;
  const pct = (share: number) => formatPercent(locale, share);
  // The curve's configuration code comes with chart.js, when the figure scrolls into view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('../../charts/cumulativeCurve')).then(({ cumulativeCurve }) =>
      cumulativeCurve(
        locale,
        palette,
        { label: t.whaleSeries, shares: result.clients.map((c) => c.cumulativeShare), xStep: 1, pointRadius: n > 40 ? 0 : 2 },
        { title: t.whaleAxisX, max: n, ticks: { precision: 0 } },
        { title: t.whaleAxisY },
      ),
    );
  return (
    <section class="cts-whale" aria-label={t.whaleTitle}>
      <h4>{t.whaleTitle}</h4>
      <p class="cts-sentence" data-whale-sentence>
        {whaleSentence(locale, result, money)}
      </p>
      <ChartFigure
        locale={locale}
        height="normal"
        dataKey={`${locale}|${n}|${result.totals.profit}|${result.peak.share}`}
        config={config}
        summary={fill(t.whaleSummary, { peak: pct(result.peak.share) })}
        table={{
          caption: t.whaleCaption,
          headers: [t.colProfitRank, t.colClient, t.colProfit, t.colCumulative],
          rows: result.clients.map((c) => [c.profitRank, c.name, money(c.profit), formatPercent(locale, c.cumulativeShare, 1)]),
          numeric: [0, 2, 3],
        }}
      />
    </section>
  );
}
