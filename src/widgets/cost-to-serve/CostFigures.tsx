/**
 * The tool's figures once the portfolio has clients with sales: the assumptions, one client's costs,
 * the profitability ranking, the whale curve and the CSV import. The server-rendered page never has
 * stored data, so this part (with the domain's calculation and its words) is fetched after
 * hydration finds clients; a visitor without data never downloads it.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { COST_COLUMNS, COST_TYPES } from '../../domain/index.ts';
import type { CostType } from '../../domain/index.ts';
import type { CostImportLine } from '../../domain/costLinesImport.ts';
import { formatNumber, formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import {
  $costToServe,
  applyCostLines,
  clientCostsOf,
  costToServeFor,
  replaceCostToServe,
  setCostSettings,
  updateClientCosts,
} from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import { DecimalInput } from '../shared/DecimalInput';
import { monthsLabel } from '../shared/usePortfolioView.ts';
import type { PortfolioView } from '../shared/usePortfolioView.ts';
import { useStored } from '../shared/useStored';
import type { WriteThen } from '../shared/useWriteStatus';
import { TableHead } from '../shared/TableHead.tsx';
import { CostImport } from './CostImport';
import { FIGURE_STRINGS } from './figureStrings';
import { WhaleCurve } from './WhaleCurve';

export type Props = {
  locale: Locale;
  data: PortfolioView;
  /** The tool's write status (useWriteStatus): says a refused write, or `then.text` with its undo. */
  report: (result: WriteResult, then?: WriteThen) => boolean;
  /** Told true once the figures are on the page (the print button waits for them), false when they go. */
  onShown: (shown: boolean) => void;
};

export function CostFigures({ locale, data, report, onShown }: Props) {
  const t = FIGURE_STRINGS[locale];
  const uid = useId();
  const stored = useStored($costToServe);
  const [chosen, setChosen] = useState('');
  const money = (value: number) => data.money(value);
  const pct = (value: number | null) => (value === null ? '—' : formatPercent(locale, value / 100, 1));

  const clients = data.clientsWithSales;
  const result = useMemo(() => costToServeFor(clients, stored), [clients, stored]);
  const current = clients.find((c) => c.key === chosen) ?? clients[0];
  const currentCosts = current ? clientCostsOf(stored, current.key) : { costs: {} };
  const currentRow = current ? result.clients.find((c) => c.key === current.key) : undefined;

  function applyImport(lines: CostImportLine[]) {
    const before = $costToServe.get();
    report(applyCostLines(lines), { text: fillCount(locale, t.applied, { n: lines.length }), undo: () => replaceCostToServe(before) });
  }

  const setCost = (type: CostType, value: number | null) =>
    current && report(updateClientCosts(current.key, { costs: { [type]: value ?? undefined } }));
  useEffect(() => {
    onShown(true);
    return () => onShown(false);
  }, []);
  const period = monthsLabel(locale, data.view) ?? '—';

  return (
    <>
      <fieldset class="cts-settings no-print">
        <legend>{t.settingsTitle}</legend>
        <label>
          {t.creditRate}
          <DecimalInput
            locale={locale}
            min={0}
            max={1000}
            value={stored.creditRatePct}
            aria-describedby={`${uid}-rate`}
            onValue={(v) => report(setCostSettings({ creditRatePct: v ?? 0 }))}
          />
        </label>
        <span class="muted" id={`${uid}-rate`}>
          {t.creditRateHint}
        </span>
        <label>
          {t.defaultMargin}
          <DecimalInput
            locale={locale}
            min={-1000}
            max={1000}
            value={stored.defaultMarginPct}
            aria-describedby={`${uid}-default`}
            onValue={(v) => report(setCostSettings({ defaultMarginPct: v ?? undefined }))}
          />
        </label>
        <span class="muted" id={`${uid}-default`}>
          {t.defaultMarginHint}
        </span>
      </fieldset>

      {current && (
        <fieldset class="cts-edit no-print" id={`${uid}-edit`}>
          <legend>{t.editTitle}</legend>
          <label>
            {t.client}
            <select value={current.key} onChange={(e) => setChosen(e.currentTarget.value)}>
              {clients.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <div class="cts-grid">
            <label>
              {t.marginPct}
              <DecimalInput
                locale={locale}
                min={-1000}
                max={1000}
                value={currentCosts.marginPct}
                onValue={(v) => report(updateClientCosts(current.key, { marginPct: v ?? undefined }))}
              />
              {current.marginPct !== undefined && <span class="muted">{fill(t.marginFromPortfolio, { pct: pct(current.marginPct) })}</span>}
            </label>
            <label>
              {t.paymentDays}
              <DecimalInput
                locale={locale}
                min={0}
                max={3650}
                digits={0}
                value={currentCosts.paymentDays}
                onValue={(v) => report(updateClientCosts(current.key, { paymentDays: v ?? undefined }))}
              />
            </label>
          </div>
          <fieldset class="cts-grid">
            <legend>{fill(t.costsLegend, { client: current.name, currency: data.currency })}</legend>
            {COST_TYPES.map((type) => (
              <label key={type}>
                {t[`type.${type}`]}
                <DecimalInput locale={locale} min={-1e12} max={1e12} value={currentCosts.costs[type]} onValue={(v) => setCost(type, v)} />
              </label>
            ))}
          </fieldset>
          {currentRow && (
            <p data-current-result>
              {t.colProfit}: <strong>{money(currentRow.profit)}</strong> ({pct(currentRow.profitPct)}) · {t['type.credit']}:{' '}
              {money(currentRow.costs.credit)}
            </p>
          )}
        </fieldset>
      )}

      <section aria-labelledby={`${uid}-ranking`}>
        <h4 id={`${uid}-ranking`}>{t.resultTitle}</h4>
        <p class="muted">{fill(t.resultNote, { period })}</p>
        {result.noMargin.length > 0 && (
          <p class="note">
            {fillCount(locale, t.noMargin, {
              n: result.noMargin.length,
              names: result.noMargin
                .slice(0, 10)
                .map((c) => c.name)
                .join(', '),
            })}
          </p>
        )}
        <div class="table-scroll" role="region" aria-labelledby={`${uid}-ranking`} tabIndex={0}>
          <table class="cts-table" data-ranking>
            <TableHead
              cols={[
                { num: t.colProfitRank },
                { num: t.colRevenueRank },
                t.colClient,
                { num: t.colRevenue },
                { num: t.colGross },
                { num: t.colCost },
                { num: t.colProfit },
                { num: t.colProfitPct },
              ]}
            />
            <tbody>
              {result.clients.map((c) => (
                <tr key={c.key} class={c.profit < 0 ? 'is-loss' : undefined}>
                  <td class="num">{formatNumber(locale, c.profitRank)}</td>
                  <td class="num">{formatNumber(locale, c.revenueRank)}</td>
                  <th scope="row">
                    <button
                      type="button"
                      class="link-button"
                      aria-label={fill(t.edit, { client: c.name })}
                      onClick={() => {
                        setChosen(c.key);
                        document.getElementById(`${uid}-edit`)?.scrollIntoView({ block: 'nearest' });
                      }}
                    >
                      {c.name}
                    </button>
                  </th>
                  <td class="num">{money(c.revenue)}</td>
                  <td class="num" title={COST_COLUMNS.map((k) => `${t[`type.${k}`]}: ${money(c.costs[k])}`).join('\n')}>
                    {money(c.grossMargin)}
                  </td>
                  <td class="num">{money(c.costToServe)}</td>
                  <td class="num">{money(c.profit)}</td>
                  <td class="num">{pct(c.profitPct)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <td />
                <th scope="row">{t.total}</th>
                <td class="num">{money(result.totals.revenue)}</td>
                <td class="num">{money(result.totals.grossMargin)}</td>
                <td class="num">{money(result.totals.costToServe)}</td>
                <td class="num">{money(result.totals.profit)}</td>
                <td class="num">{pct(result.totals.revenue === 0 ? null : (result.totals.profit / result.totals.revenue) * 100)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      {result.clients.length > 0 && <WhaleCurve locale={locale} result={result} money={money} />}
      <CostImport locale={locale} clients={data.portfolio.clients} money={money} onApply={applyImport} />
    </>
  );
}
