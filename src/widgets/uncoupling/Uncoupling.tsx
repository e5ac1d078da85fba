/**
 * Uncoupling checklist: the article's five causes of uncoupling and its two external ones, each
 * with indicators to tick, for any account or as a quick try. Score, level and the per-cause shares
 * are always the domain's `assessUncoupling`; an account with nothing ticked is "not assessed"
 * (`uncouplingRisk`); the portfolio heat map is the domain's `uncouplingHeatmap` over the key
 * accounts. Ticks autosave through `setUncouplingCheck(s)`. Account choice, status, undo and the
 * sample button: `useAccountTool`.
 */
import { useId, useState } from 'preact/hooks';
import { UNCOUPLING_CAUSES, assessUncoupling, uncouplingRisk } from '../../domain/index.ts';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { formatDate } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';
import { $assessments, $portfolio, getAssessment, setUncouplingCheck, setUncouplingChecks } from '../../state/index';
import { AccountToolbar } from '../shared/AccountToolbar';
import { useAccountTool } from '../shared/useAccountTool';
import { useStored } from '../shared/useStored';
import { HeatMap } from './HeatMap';
import type { SortMode } from './HeatMap';
import { lazyImport } from '../../scripts/lazyImport';
import { STRINGS } from './strings';
import { UncouplingResult } from './UncouplingResult';
import './Uncoupling.css';

export default function Uncoupling({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const d = UNCOUPLING_TEXTS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($assessments);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const [sort, setSort] = useState<SortMode>('risk-desc');

  const record = getAssessment(account, all).uncoupling;
  const checked = record?.checked ?? [];

  function toggle(id: string, on: boolean) {
    // One tick, applied to the stored list as it is now (ticks made in another tab are kept); it
    // makes the undo of an earlier "clear all" stale.
    tool.reportEdit(setUncouplingCheck(account, id, on));
  }

  function clearAll() {
    const key = account;
    const before = [...(getAssessment(key, $assessments.get()).uncoupling?.checked ?? [])];
    tool.report(setUncouplingChecks(key, []), { text: fill(t.cleared, { account: name }), undo: () => setUncouplingChecks(key, before) });
  }

  // Lesson 6's example opens first: Hospital Infantil Bem-Estar (else the largest key account).
  function loadSample() {
    tool.seedSample('uncoupling', {
      load: () => lazyImport(() => import('../../samples/uncouplingSample')),
      entries: (module, ready) =>
        module.sampleTicksFor(ready.accounts).flatMap(({ key, ticks }) => (ticks.length ? [{ key, value: ticks }] : [])),
      has: (key) => getAssessment(key).uncoupling !== null,
      write: setUncouplingChecks,
      readyText: (account) => fillCount(locale, t.sampleLoaded, { account }),
    });
  }

  const causeFieldset = (cause: (typeof UNCOUPLING_CAUSES)[number]) => (
    <fieldset class="item-fieldset" key={cause.id}>
      <legend>{d.causes[cause.id].name}</legend>
      <p class="up-cause-desc muted">{d.causes[cause.id].description}</p>
      {cause.indicators.map((ind) => (
        <label class="up-indicator" key={ind.id}>
          <input
            type="checkbox"
            value={ind.id}
            checked={checked.includes(ind.id)}
            onChange={(e) => toggle(ind.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{d.indicators[ind.id]}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <section class="uncoupling" data-widget="uncoupling" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} class="up-title">
        {t.title}
      </h3>
      <p>{t.intro}</p>
      <AccountToolbar locale={locale} tool={tool} onLoadSample={loadSample} />
      {checked.length === 0 && <p class="note no-print">{t.emptyHint}</p>}

      <div class="up-groups">
        <section class="up-group" aria-labelledby={`${uid}-internal`}>
          <h4 id={`${uid}-internal`}>{t.internalTitle}</h4>
          {UNCOUPLING_CAUSES.filter((c) => !c.external).map(causeFieldset)}
        </section>
        <section class="up-group" aria-labelledby={`${uid}-external`}>
          <h4 id={`${uid}-external`}>{t.externalTitle}</h4>
          <p class="muted">{t.externalHint}</p>
          {UNCOUPLING_CAUSES.filter((c) => c.external).map(causeFieldset)}
        </section>
      </div>
      {checked.length > 0 && (
        <p class="no-print">
          <button type="button" class="button secondary" onClick={clearAll}>
            {t.clearAll}
          </button>
          {record && <span class="muted"> {fill(t.saved, { date: formatDate(locale, record.updatedAt) })}</span>}
        </p>
      )}

      <section class="result-box" aria-labelledby={`${uid}-result`}>
        <h4 id={`${uid}-result`}>{fill(t.resultTitle, { account: name })}</h4>
        <UncouplingResult
          locale={locale}
          t={t}
          name={name}
          assessment={assessUncoupling(checked)}
          assessed={uncouplingRisk(checked) !== null}
        />
      </section>

      <HeatMap locale={locale} t={t} portfolio={portfolio} all={all} sort={sort} onSort={setSort} onOpen={tool.choose} current={account} />
    </section>
  );
}
