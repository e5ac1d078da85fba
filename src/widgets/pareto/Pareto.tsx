/**
 * Pareto calculator: ABC classes of the portfolio (or of a file read without saving), the Pareto
 * chart, the 80/20 sentences, dependence on the largest client, excluded clients, and "mark class A
 * as key-account candidates" with a preview and undo (candidates, because size alone does not make a
 * key account: the portfolio and the fit/cost tool decide). Every figure comes from the domain.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { paretoAnalysis, paretoConcentration } from '../../domain/index.ts';
import type { ParetoInput } from '../../domain/index.ts';
import { classAKeyChange, paretoClassTotals, thresholdsFromPercent } from '../../domain/paretoExtras.ts';
import { monthsLabel, usePortfolioView } from '../shared/usePortfolioView.ts';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { EmptyPortfolioCard } from '../shared/EmptyPortfolioCard.tsx';
import { FileSource, SourceChoice } from '../import-panel/SourceChoice.tsx';
import type { Source } from '../import-panel/SourceChoice.tsx';
import type { ImportApplied, ImportedData } from '../import-panel/ImportPanel.tsx';
import { UndoToast } from '../shared/UndoToast.tsx';
import { useWriteToast } from '../shared/useWriteToast.ts';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { STRINGS } from './strings.ts';
import { ParetoFigures } from './ParetoFigures.tsx';
import type { MarkClassA } from './MarkClassA.tsx';
import '../shared/data-tools.css';
import './pareto.css';
import { loadSampleCompany } from '../shared/loadSampleCompany.ts';

type MarkProps = ComponentProps<typeof MarkClassA>;
// "Mark class A…" loads after the results it acts on; until then nothing stands in its place.
const LazyMarkClassA = lazyComponent(lazyLoader<MarkProps>(() => import('./MarkClassA.tsx').then((m) => m.MarkClassA)));

export default function Pareto({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const common = COMMON[locale];
  const [source, setSource] = useState<Source>('portfolio');
  const data = usePortfolioView(locale);
  const { portfolio } = data;
  const [fileCurrency, setFileCurrency] = useState<string | null>(null);
  const currency = source === 'file' && fileCurrency ? fileCurrency : data.currency;
  const pct = (share: number, digits = 0) => formatPercent(locale, share, digits);

  const [fileClients, setFileClients] = useState<ParetoInput[] | null>(null);
  const [texts, setTexts] = useState({ a: '80', b: '95' });
  const { toast, setToast, report, failed, close } = useWriteToast(locale);

  const typed = thresholdsFromPercent(Number(texts.a.replace(',', '.')), Number(texts.b.replace(',', '.')));
  const thresholdsValid = typed !== null;
  const thresholds = typed ?? { a: 0.8, b: 0.95 };

  // The portfolio's clients with sales in the chosen period (whole file unless the user chose one).
  const inputs: ParetoInput[] | null = source === 'portfolio' ? data.clientsWithSales : fileClients;
  const result = useMemo(
    () =>
      inputs && inputs.length > 0
        ? paretoAnalysis(
            inputs.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })),
            thresholds,
          )
        : null,
    [inputs, thresholds.a, thresholds.b],
  );
  const concentration = useMemo(() => (result ? paretoConcentration(result) : null), [result]);
  const totals = useMemo(() => (result ? paretoClassTotals(result) : null), [result]);
  // Key accounts and candidates are both "already marked": the action only adds candidates.
  const marked = useMemo(
    () => new Set(portfolio.clients.filter((c) => c.keyAccount || c.candidate === true).map((c) => c.key)),
    [portfolio.clients],
  );
  const change = useMemo(() => (result && source === 'portfolio' ? classAKeyChange(result, marked) : null), [result, marked, source]);
  const nameOf = useMemo(() => new Map((inputs ?? []).map((c) => [c.key, c.name])), [inputs]);

  const onAnalysed = (file: ImportedData): ImportApplied => {
    setFileClients(file.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
    setFileCurrency(file.currency);
    return { ok: true };
  };

  const loadSample = async () => {
    const r = await loadSampleCompany(locale);
    if (!r.ok) setToast({ text: fill(common.sampleFailed, { code: r.code }), tone: 'error' });
  };

  const n = result?.ranked.length ?? 0;

  return (
    <div data-widget="pareto" class="widget pareto">
      <p>{t.intro}</p>
      <SourceChoice locale={locale} name="pareto-source" t={t} source={source} onSource={setSource} />

      {source === 'portfolio' && portfolio.clients.length > 0 && <LazyPeriodBar locale={locale} data={data} onWrite={failed} />}

      {source === 'portfolio' && portfolio.clients.length === 0 && <EmptyPortfolioCard locale={locale} t={t} onLoad={loadSample} />}

      {source === 'file' && (
        <FileSource
          locale={locale}
          note={t.fileNote}
          onImported={onAnalysed}
          knownCurrency={data.currencyKnown ? data.currency : null}
          fallbackCurrency={data.currency}
        >
          {!fileClients && <p class="muted">{t.noFileYet}</p>}
        </FileSource>
      )}

      <UndoToast toast={toast} undoLabel={common.undo} dismissLabel={common.dismiss} onClose={close} />

      <fieldset class="tool-fieldset pareto-thresholds">
        <legend>{t.thresholdsLegend}</legend>
        <div class="tool-row">
          {(['a', 'b'] as const).map((k) => (
            <div class="field" key={k}>
              <label for={`pareto-${k}-${locale}`}>{k === 'a' ? t.thresholdA : t.thresholdB}</label>
              <input
                id={`pareto-${k}-${locale}`}
                type="number"
                min={1}
                max={100}
                step={1}
                value={texts[k]}
                onInput={(e) => {
                  const text = (e.currentTarget as HTMLInputElement).value;
                  setTexts((was) => ({ ...was, [k]: text }));
                }}
                aria-invalid={!thresholdsValid}
              />
            </div>
          ))}
        </div>
        {!thresholdsValid && (
          <p class="tool-error" role="alert">
            {t.thresholdError}
          </p>
        )}
        <p data-rule>{fill(t.rule, { a: pct(thresholds.a), b: pct(thresholds.b) })}</p>
      </fieldset>

      {result && n === 0 && <p class="note">{t.noPositive}</p>}

      {result && concentration && totals && n > 0 && (
        <section class="pareto-results" aria-labelledby={`pareto-h-${locale}`}>
          <h3 id={`pareto-h-${locale}`}>{t.resultsHeading}</h3>
          <p data-pareto-basis>
            {fillCount(
              locale,
              source === 'file' ? t.basisFile : monthsLabel(locale, data.view) === null ? t.basisUndated : t.basisPortfolio,
              {
                period: monthsLabel(locale, data.view) ?? '',
                n: formatNumber(locale, n),
                total: formatMoney(locale, result.total, currency, 2),
                currency,
              },
            )}
          </p>
          <ParetoFigures
            locale={locale}
            t={t}
            result={result}
            concentration={concentration}
            totals={totals}
            thresholds={thresholds}
            currency={currency}
            nameOf={nameOf}
          />
          {source === 'portfolio' && change && <LazyMarkClassA locale={locale} change={change} nameOf={nameOf} report={report} />}
        </section>
      )}
    </div>
  );
}
