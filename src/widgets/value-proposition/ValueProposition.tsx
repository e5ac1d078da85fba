/**
 * Customer value proposition: for one account, the customer's best alternative and critical success
 * factors, the value-in-use / TCO worksheet in money per year, and what the domain reads from them
 * (valueProposition.ts): the resonating focus, the split of the value between the customer and the
 * premium asked, a chart with its table, and the one-page proposition (print view, Markdown file).
 * Edits autosave through `updateValueProposition`; removals can be undone. Account choice, status
 * and the sample button: `useAccountTool`.
 */
import { useId, useState } from 'preact/hooks';
import { readProposition } from '../../domain/index.ts';
import type { ValueCsf, ValueLine, ValuePropositionContent } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { lazyImport } from '../../scripts/lazyImport';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { $portfolio, $valuePropositions, getValueProposition, restoreValueProposition, updateValueProposition } from '../../state/index';
import { AccountToolHead } from '../shared/AccountToolbar';
import { PrintButton } from '../shared/PrintButton';
import { TextInput } from '../shared/EditorFields';
import { PropositionPage } from '../shared/PropositionPage';
import { useAccountTool } from '../shared/useAccountTool';
import { useDataCurrency } from '../shared/useDataCurrency';
import { useStored } from '../shared/useStored';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { CsfEditor } from './CsfEditor';
import type { ValueChartProps } from './ValueChart';
import { STRINGS } from './strings';
import { WorksheetEditor } from './WorksheetEditor';
import './value-proposition.css';

// The chart needs worksheet lines, which only stored data brings after hydration: it is fetched when
// it first shows. Offline before the site was cached, the reading above still gives every figure.
const LazyValueChart = lazyComponent(lazyLoader<ValueChartProps>(() => import('./ValueChart').then((m) => m.ValueChart)));

export default function ValuePropositionTool({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($valuePropositions);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const { currency } = useDataCurrency(locale);
  const proposition = getValueProposition(account, all);
  const reading = readProposition(proposition);
  const money = (v: number) => formatMoney(locale, v, currency, Number.isInteger(v) ? 0 : 2);
  const list = new Intl.ListFormat(locale === 'pt-br' ? 'pt-BR' : 'en', { type: 'conjunction' });
  const stored = () => $valuePropositions.get().find((p) => p.accountKey === account);

  const change = (fn: (current: ValuePropositionContent) => ValuePropositionContent) =>
    tool.reportEdit(updateValueProposition(account, fn));

  function removeWith(next: (current: ValuePropositionContent) => ValuePropositionContent, text: string) {
    const key = account;
    const before = stored();
    tool.report(updateValueProposition(key, next), { text, undo: () => restoreValueProposition(key, before) });
  }

  const removeCsf = (csf: ValueCsf) =>
    removeWith(
      (c) => ({ ...c, csfs: c.csfs.filter((x) => x.id !== csf.id), lines: c.lines.map((l) => (l.csf === csf.id ? { ...l, csf: '' } : l)) }),
      fill(t.csfRemoved, { name: csf.factor.trim() || t.unnamed }),
    );
  const removeLine = (line: ValueLine) =>
    removeWith(
      (c) => ({ ...c, lines: c.lines.filter((x) => x.id !== line.id) }),
      fill(t.lineRemoved, { name: line.label.trim() || t.unnamed }),
    );

  function loadSample() {
    tool.seedSample('value', {
      load: () => lazyImport(() => import('../../samples/valuePropositionSample')),
      entries: (module, ready) =>
        module.samplePropositionsFor(ready.accounts, locale).map(({ key, proposition }) => ({ key, value: proposition })),
      has: (key) => $valuePropositions.get().some((p) => p.accountKey === key),
      write: (key, sample) => updateValueProposition(key, () => sample),
      readyText: (account) => fill(t.sampleReady, { account }),
    });
  }

  // The Markdown writer is fetched on the click (the button is busy meanwhile); code that cannot be
  // fetched is reported like a file the browser refused.
  const [downloading, setDownloading] = useState(false);
  async function download() {
    setDownloading(true);
    const ok = await lazyImport(() => import('./propositionFile')).then(
      (file) => file.downloadProposition(locale, proposition, name, currency),
      () => false,
    );
    setDownloading(false);
    if (!ok) tool.say(fill(t.downloadFailed, { detail: t.download }), 'error');
  }

  const sheet = reading.sheet;
  const names = (csfs: readonly ValueCsf[]) => (csfs.length === 0 ? '—' : list.format(csfs.map((c) => c.factor.trim())));
  const empty = proposition.csfs.length === 0 && proposition.lines.length === 0;

  return (
    <section class="value-proposition" data-widget="value-proposition" aria-labelledby={`${uid}-title`}>
      <AccountToolHead locale={locale} tool={tool} uid={uid} t={t} titleClass="vp-title no-print" onLoadSample={loadSample}>
        <PrintButton locale={locale} disabled={empty}>
          {t.print}
        </PrintButton>
        <button
          type="button"
          class="button secondary"
          data-action="download-md"
          onClick={download}
          disabled={empty || downloading}
          aria-busy={downloading}
        >
          {t.download}
        </button>
      </AccountToolHead>

      <div class="vp-head no-print">
        <label>
          {t.alternative}
          <TextInput
            data-field="alternative"
            value={proposition.alternative}
            maxLength={300}
            aria-describedby={`${uid}-alt-hint`}
            onValue={(alternative) => change((c) => ({ ...c, alternative }))}
          />
        </label>
        <span class="muted" id={`${uid}-alt-hint`}>
          {t.alternativeHint}
        </span>
        <label>
          {t.offer}
          <textarea
            data-field="offer"
            rows={2}
            value={proposition.offer}
            maxLength={2000}
            onInput={(e) => change((c) => ({ ...c, offer: e.currentTarget.value }))}
          />
        </label>
      </div>

      <CsfEditor locale={locale} t={t} uid={uid} csfs={proposition.csfs} onChange={change} onRemove={removeCsf} />
      <WorksheetEditor
        locale={locale}
        t={t}
        uid={uid}
        lines={sheet.lines}
        csfs={proposition.csfs}
        currency={currency}
        money={money}
        onChange={change}
        onRemove={removeLine}
      />

      <section class="vp-reading no-print" aria-labelledby={`${uid}-reading`} data-reading>
        <h4 id={`${uid}-reading`}>{t.readingTitle}</h4>
        <p data-focus>{reading.focus.length === 0 ? t.focusNone : fill(t.focusSentence, { list: names(reading.focus) })}</p>
        <p data-points>
          {fill(t.pointsSentence, {
            difference: names(reading.points.difference),
            parity: names(reading.points.parity),
            contention: names(reading.points.contention),
          })}
        </p>
        <p data-split-sentence>
          {fill(t.splitSentence, {
            created: money(sheet.valueCreated),
            premium: money(sheet.premium),
            share: sheet.shareAsked === null ? '—' : formatPercent(locale, sheet.shareAsked, 1),
            net: money(sheet.netToCustomer),
          })}
        </p>
        <p data-verified>{fill(t.verifiedSentence, { verified: money(sheet.verified), documented: money(sheet.documented) })}</p>
      </section>

      {sheet.lines.length > 0 && (
        <div class="no-print">
          <LazyValueChart locale={locale} uid={uid} sheet={sheet} money={money} />
        </div>
      )}

      <section class="vp-page" aria-labelledby={`${uid}-page`}>
        <h4 id={`${uid}-page`} class="no-print">
          {t.pageTitle}
        </h4>
        <PropositionPage locale={locale} proposition={proposition} accountName={name} money={money} headingLevel={4} />
        <p class="no-print">
          {t.planHint} <a href={localePath(locale, 'tools/account-plan')}>{t.openPlan}</a>
        </p>
      </section>
    </section>
  );
}
