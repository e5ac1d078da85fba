/**
 * New-customer sales: per month/quarter/year, sales from new vs existing customers (stacked bars +
 * table), and a campaign window compared with the same length of time before it. From the
 * portfolio's monthly sales or from a transaction file read without saving. Figures from the domain.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { BCP47 } from '../../i18n/locales';
import type { Locale } from '../../i18n/locales';
import { defaultCurrency, formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from '../../i18n/format';
import { columnsFromLines, compareCampaignFromColumns, newCustomerSalesFromColumns } from '../../domain/index.ts';
import type { LineColumns, NewCustomerPeriod } from '../../domain/index.ts';
import { linesFromMonthly } from '../../domain/monthlySales.ts';
import { $portfolio, $settings, currencyOf } from '../../state/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { useStored } from '../shared/useStored.ts';
import { FileSource, SourceChoice } from '../import-panel/SourceChoice.tsx';
import type { Source } from '../import-panel/SourceChoice.tsx';
import type { ImportApplied, ImportedData } from '../import-panel/ImportPanel.tsx';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import { STRINGS } from './strings.ts';
import type { NewCustomersStrings } from './strings.ts';
import '../shared/data-tools.css';
import './new-customers.css';
import { loadSampleCompany } from '../shared/loadSampleCompany.ts';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';
import { EmptyPortfolioCard } from '../shared/EmptyPortfolioCard.tsx';
import { DateInput } from '../shared/DateInput.tsx';

const NO_LINES: LineColumns = columnsFromLines([]);

export function periodLabel(locale: Locale, period: string, t: NewCustomersStrings): string {
  if (/^\d{4}-Q[1-4]$/.test(period)) return fill(t.quarterLabel, { q: period.slice(6), y: period.slice(0, 4) });
  if (/^\d{4}-\d{2}$/.test(period)) {
    return formatMonth(locale, period);
  }
  return period;
}

export default function NewCustomers({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const portfolio = useStored($portfolio);
  const [source, setSource] = useState<Source>('portfolio');
  const settings = useStored($settings);
  const [fileCurrency, setFileCurrency] = useState<string | null>(null);
  const known = currencyOf(portfolio, settings);
  // The data's currency: the file's when a file is analysed, else the portfolio's (the page language's only while nothing says).
  const currency = (source === 'file' ? fileCurrency : null) ?? known ?? defaultCurrency(locale);
  const money = (n: number) => formatMoney(locale, n, currency);
  const pct = (s: number) => formatPercent(locale, s, 1);

  // A file's lines as the import gives them (columns: 16 bytes a line, no object per line).
  const [fileLines, setFileLines] = useState<LineColumns | null>(null);
  const [period, setPeriod] = useState<NewCustomerPeriod>('month');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [sampleError, setSampleError] = useState('');

  const portfolioLines = useMemo(() => columnsFromLines(linesFromMonthly(portfolio.monthlySales)), [portfolio.monthlySales]);
  const lines = source === 'portfolio' ? portfolioLines : (fileLines ?? NO_LINES);
  const lineCount = lines.client.length;
  const rows = useMemo(() => newCustomerSalesFromColumns(lines, { period }), [lines, period]);
  const campaign = useMemo(
    () => (start !== '' && end !== '' && lineCount > 0 ? compareCampaignFromColumns(lines, { start, end }) : null),
    [lines, start, end],
  );

  const onAnalysed = (data: ImportedData): ImportApplied => {
    setFileLines(data.lineColumns ?? NO_LINES);
    setFileCurrency(data.currency);
    return { ok: true };
  };

  const loadSample = async () => {
    const r = await loadSampleCompany(locale);
    setSampleError(r.ok ? '' : fill(COMMON[locale].sampleFailed, { code: r.code }));
  };

  const last = rows[rows.length - 1];
  const latest = last
    ? fill(t.latest, {
        period: periodLabel(locale, last.period, t),
        amount: money(last.fromNew),
        share: pct(last.share),
        n: formatNumber(locale, last.newCustomers),
      })
    : '';
  const labels = rows.map((r) => periodLabel(locale, r.period, t));

  const config = (palette: ChartPalette): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t.fromExisting, data: rows.map((r) => r.total - r.fromNew), backgroundColor: palette.c, stack: 'sales' },
        { label: t.fromNew, data: rows.map((r) => r.fromNew), backgroundColor: palette.a, stack: 'sales' },
      ],
    },
    options: {
      scales: {
        x: { stacked: true, ticks: { color: palette.muted }, grid: { display: false } },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { color: palette.muted, callback: (v) => formatMoney(locale, Number(v), currency) },
          grid: { color: palette.grid },
        },
      },
      plugins: { legend: { labels: { color: palette.fg } } },
    },
  });

  const hasData = lineCount > 0;
  const shareDiff = campaign ? campaign.during.share - campaign.before.share : 0;

  return (
    <div data-widget="new-customers" class="widget new-customers">
      <CurrencyNote locale={locale} />
      <p>{t.intro}</p>
      <SourceChoice locale={locale} name="nc-source" t={t} source={source} onSource={setSource} />

      {source === 'portfolio' && portfolioLines.client.length === 0 && (
        <EmptyPortfolioCard locale={locale} t={t} onLoad={loadSample}>
          {sampleError && (
            <p class="tool-error" role="alert">
              {sampleError}
            </p>
          )}
        </EmptyPortfolioCard>
      )}

      {source === 'file' && (
        <FileSource
          locale={locale}
          note={t.fileNote}
          needsDate
          onImported={onAnalysed}
          knownCurrency={known}
          fallbackCurrency={defaultCurrency(locale)}
        />
      )}

      {hasData && rows.length > 0 && (
        <section aria-labelledby={`nc-h-${locale}`}>
          <h3 id={`nc-h-${locale}`}>{t.resultsHeading}</h3>
          <div class="field no-print">
            <label for={`nc-period-${locale}`}>{t.period}</label>
            <select
              id={`nc-period-${locale}`}
              value={period}
              onChange={(e) => setPeriod((e.currentTarget as HTMLSelectElement).value as NewCustomerPeriod)}
            >
              <option value="month">{t.month}</option>
              <option value="quarter">{t.quarter}</option>
              <option value="year">{t.year}</option>
            </select>
          </div>
          <p data-sentence="latest">{latest}</p>
          <p class="muted">{t.firstPeriodNote}</p>
          <ChartFigure
            locale={locale}
            dataKey={`${locale}|${period}|${rows.length}|${rows[0]?.period ?? ''}|${last?.total ?? 0}|${lineCount}`}
            config={config}
            summary={fill(t.chartSummary, {
              unit: t[period].toLocaleLowerCase(BCP47[locale]),
              first: labels[0] ?? '',
              last: labels[labels.length - 1] ?? '',
              latest,
            })}
            table={{
              caption: t.tableCaption,
              headers: [t.colPeriod, t.colTotal, t.colNew, t.colShare, t.colCount],
              rows: rows.map((r, i) => [
                labels[i] ?? r.period,
                money(r.total),
                money(r.fromNew),
                pct(r.share),
                formatNumber(locale, r.newCustomers),
              ]),
              numeric: [1, 2, 3, 4],
            }}
          />

          <fieldset class="tool-fieldset nc-campaign">
            <legend>{t.campaignHeading}</legend>
            <p>{t.campaignIntro}</p>
            {source === 'portfolio' && <p class="muted">{t.monthlyNote}</p>}
            <div class="tool-row">
              <div class="field">
                <label for={`nc-start-${locale}`}>{t.start}</label>
                <DateInput id={`nc-start-${locale}`} locale={locale} value={start} onValue={setStart} />
              </div>
              <div class="field">
                <label for={`nc-end-${locale}`}>{t.end}</label>
                <DateInput id={`nc-end-${locale}`} locale={locale} value={end} onValue={setEnd} />
              </div>
            </div>
            <div aria-live="polite">
              {campaign && campaign.days > 0 && (
                <>
                  <p data-sentence="campaign">
                    {campaign.during.total === 0
                      ? t.campaignEmpty
                      : fill(t.campaign, {
                          start: formatDate(locale, start <= end ? start : end),
                          end: formatDate(locale, start <= end ? end : start),
                          days: formatNumber(locale, campaign.days),
                          amount: money(campaign.during.fromNew),
                          share: pct(campaign.during.share),
                          n: formatNumber(locale, campaign.during.newCustomers),
                          before: pct(campaign.before.share),
                          bstart: formatDate(locale, campaign.beforeStart),
                          bend: formatDate(locale, campaign.beforeEnd),
                        })}
                  </p>
                  {campaign.during.total !== 0 && (
                    <p data-sentence="campaign-change">
                      {Math.abs(shareDiff) < 0.0005
                        ? t.campaignSame
                        : fill(shareDiff > 0 ? t.campaignUp : t.campaignDown, { pp: formatNumber(locale, Math.abs(shareDiff) * 100, 1) })}
                    </p>
                  )}
                </>
              )}
              {(start === '') !== (end === '') && <p class="muted">{t.campaignInvalid}</p>}
            </div>
          </fieldset>
        </section>
      )}
    </div>
  );
}
