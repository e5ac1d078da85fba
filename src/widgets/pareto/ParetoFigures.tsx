/**
 * What the Pareto analysis says: the 80/20 sentences, the dependence warning, the chart (with its
 * table), the ABC totals and the clients left out of the ranking. Every figure comes from the domain.
 */
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { DEPENDENCE_NOTICE_SHARE } from '../../domain/index.ts';
import type { ParetoConcentration, ParetoResult } from '../../domain/index.ts';
import { eightyTwenty, top20Count } from '../../domain/paretoExtras.ts';
import type { ClassTotals } from '../../domain/paretoExtras.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { lazyImport } from '../../scripts/lazyImport.ts';
import type { ParetoStrings } from './strings.ts';
import { TableHead } from '../shared/TableHead.tsx';

const TABLE_ROWS = 200;
/** Above this many clients the chart is a cumulative curve instead of one bar per client. */
const CURVE_ABOVE = 100;

type Props = {
  locale: Locale;
  t: ParetoStrings;
  result: ParetoResult;
  concentration: ParetoConcentration;
  totals: ClassTotals;
  thresholds: { a: number; b: number };
  currency: string;
  nameOf: ReadonlyMap<string, string>;
};

export function ParetoFigures({ locale, t, result, concentration, totals, thresholds, currency, nameOf }: Props) {
  const money = (n: number) => formatMoney(locale, n, currency);
  const pct = (share: number, digits = 0) => formatPercent(locale, share, digits);
  const count = (n: number) => formatNumber(locale, n);
  const ranked = result.ranked;
  const n = ranked.length;
  const distance = eightyTwenty(result.top20Share);
  const dependence = concentration.largestDependence;
  return (
    <>
      <ul class="pareto-sentences">
        <li data-sentence="top20">{fill(t.top20, { n: count(top20Count(n)), total: count(n), x: pct(result.top20Share) })}</li>
        <li data-sentence="for80">
          {fillCount(locale, t.for80, { n: count(concentration.clientsFor80), y: pct(concentration.shareOfClientsFor80) })}
        </li>
        <li data-sentence="for50">{fillCount(locale, t.for50, { n: count(concentration.clientsFor50) })}</li>
        <li data-sentence="distance">
          {distance.verdict === 'close'
            ? t.closeTo
            : fill(distance.verdict === 'more' ? t.moreConcentrated : t.lessConcentrated, { pp: formatNumber(locale, distance.points) })}
        </li>
        <li data-sentence="largest">
          {fill(t.largest, { name: nameOf.get(concentration.largestKey ?? '') ?? '', x: pct(concentration.largestShare) })}
        </li>
      </ul>
      {dependence !== 'none' && (
        <p class="note warn pareto-warning" role="note" data-warning="dependence" data-level={dependence}>
          {fill(dependence === 'strong' ? t.dependence : t.dependenceNotice, {
            x: pct(concentration.largestShare),
            notice: pct(DEPENDENCE_NOTICE_SHARE),
          })}
        </p>
      )}

      <ChartFigure
        locale={locale}
        height="tall"
        dataKey={`${locale}|${thresholds.a}|${thresholds.b}|${n}|${result.total}|${ranked[0]?.key ?? ''}`}
        config={(palette) =>
          // The configuration code comes with chart.js, when the figure scrolls into view.
          lazyImport(() => import('./paretoCharts.ts')).then((charts) =>
            (n > CURVE_ABOVE ? charts.curveConfig(result, t, locale) : charts.barConfig(result, thresholds, t, locale, currency))(palette),
          )
        }
        summary={
          n > CURVE_ABOVE
            ? fill(t.chartSummaryCurve, { x: pct(result.top20Share), y: pct(concentration.shareOfClientsFor80) })
            : fillCount(locale, t.chartSummaryBars, { n: count(n), a: pct(thresholds.a), b: pct(thresholds.b) })
        }
        table={{
          caption: t.tableCaption,
          headers: [t.colRank, t.colClient, t.colRevenue, t.colShare, t.colCumulative, t.colClass],
          rows: ranked
            .slice(0, TABLE_ROWS)
            .map((r, i) => [count(i + 1), r.name, money(r.revenue), pct(r.share, 1), pct(r.cumulativeShare, 1), r.class]),
          numeric: [2, 3, 4],
        }}
      >
        {n > TABLE_ROWS && <p class="muted">{fillCount(locale, t.tableLimited, { n: TABLE_ROWS })}</p>}
      </ChartFigure>

      <h4>{t.abcHeading}</h4>
      <div class="table-scroll">
        <table class="pareto-abc">
          <caption>{t.abcCaption}</caption>
          <TableHead
            cols={[t.colClass, { num: t.colClients }, { num: t.colClientShare }, { num: t.colRevenue }, { num: t.colRevenueShare }]}
          />
          <tbody>
            {(['A', 'B', 'C'] as const).map((c) => (
              <tr key={c} data-class={c}>
                <th scope="row">{c}</th>
                <td class="num">{count(totals[c].clients)}</td>
                <td class="num">{pct(totals[c].clientShare)}</td>
                <td class="num">{money(totals[c].revenue)}</td>
                <td class="num">{pct(totals[c].revenueShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {result.excluded.length > 0 && (
        <section class="pareto-excluded">
          <h4>{t.excludedHeading}</h4>
          <p>{fillCount(locale, t.excludedText, { n: count(result.excluded.length) })}</p>
          <ul>
            {result.excluded.map((e) => (
              <li key={e.key}>
                {e.name}: {Number.isFinite(e.revenue) ? formatMoney(locale, e.revenue, currency, 2) : '—'} (
                {e.revenue < 0 ? t.excludedNegative : t.excludedZero})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
