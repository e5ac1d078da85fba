/** The editable plan: every section as labelled inputs. Changes go up through `onChange` (the parent autosaves). */
import { useId } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import {
  ACTION_STATUSES,
  ATTITUDES,
  INFLUENCE_LEVELS,
  LADDER_STAGES,
  STAGE_IDS,
  UNCOUPLING_CAUSES,
  contactPattern,
  contactSides,
  isIsoDate,
  nextItemId,
  roundMoney,
} from '../../domain/index.ts';
import type { AccountPlan, LadderStage, PlanSectionId } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { withAlpha } from '../../charts/colors';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { formatMoney } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { ContactMap } from './ContactMap';
import { DecimalInput } from '../shared/DecimalInput.tsx';
import { EDITOR_STRINGS } from './editorStrings';
import { DateInput } from '../shared/DateInput.tsx';
import { AfterCostToServe } from '../shared/AfterCostToServe';
import { RemoveRowButton } from '../shared/RemoveRowButton';

interface Props {
  locale: Locale;
  plan: AccountPlan;
  currency: string;
  onChange: (next: AccountPlan) => void;
  onRisksFromChecklist: () => void;
  /** The account's margin after cost to serve in the period (the cost-to-serve tool), when recorded there. */
  afterCostToServe?: { profit: number; pct: number | null } | null;
  /** The buyer's view caps the relationship below the plan's target (domain: `capWarning`); null when it does not. */
  buyerCap?: LadderStage | null;
}

export function PlanForm({ locale, plan, currency, afterCostToServe, buyerCap = null, onChange, onRisksFromChecklist }: Props) {
  const t = EDITOR_STRINGS[locale];
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...PLAN_TEXTS[locale] };
  const uid = useId();
  const set = (patch: Partial<AccountPlan>) => onChange({ ...plan, ...patch });
  const val = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  const head = (id: PlanSectionId, n: number) => (
    <>
      <h4 id={`${uid}-${id}`}>
        {n}. {d.planSections[id].name}
      </h4>
      <p class="ap-hint muted" id={`${uid}-${id}-hint`}>
        {d.planSections[id].hint}
      </p>
    </>
  );
  const textSection = (id: 'mission' | 'customerOverview' | 'customerPortfolio' | 'assumptions' | 'objectives', n: number) => (
    <section class="ap-section" aria-labelledby={`${uid}-${id}`} data-section={id}>
      {head(id, n)}
      <label class="sr-only" for={`${uid}-${id}-text`}>
        {d.planSections[id].name}
      </label>
      <textarea
        id={`${uid}-${id}-text`}
        aria-describedby={`${uid}-${id}-hint`}
        value={plan[id]}
        maxLength={20000}
        onInput={(e) => set({ [id]: val(e) })}
      />
    </section>
  );

  const gaps = plan.criticalSuccessFactors.filter((f) => f.factor.trim() !== '' && f.importance >= 4 && f.ourScore < 6);
  const pattern = contactPattern(plan.contacts);
  const sides = contactSides(plan.contacts);
  const noOwner = plan.actions.filter((a) => a.what.trim() !== '' && a.owner.trim() === '').length;

  const money = (v: number | null) => (v === null ? t.empty : formatMoney(locale, v, currency));
  const years = [
    ...plan.financialHistory.map((h) => ({ year: h.year, revenue: h.revenue, kind: t.actual })),
    ...plan.goals.map((g) => ({ year: g.year, revenue: g.revenue, kind: t.goal })),
  ];
  const chartConfig = (p: ChartPalette): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: years.map((y) => String(y.year)),
      datasets: [
        {
          label: t.revenue,
          data: years.map((y) => y.revenue ?? 0),
          backgroundColor: years.map((_, i) => (i < 3 ? withAlpha(p.c, 0.8) : withAlpha(p.accent, 0.8))),
          borderColor: years.map((_, i) => (i < 3 ? p.c : p.accent)),
          borderWidth: 1,
        },
      ],
    },
    options: {
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => `${years[ctx.dataIndex]!.kind}: ${money(years[ctx.dataIndex]!.revenue)}` } },
      },
      scales: {
        x: { ticks: { color: p.muted }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { color: p.muted }, grid: { color: p.grid } },
      },
    },
  });

  const removeButton = (n: number, onClick: () => void) => (
    <RemoveRowButton class="ap-remove" label={fill(t.removeN, { n })} onClick={onClick} />
  );

  return (
    <div class="ap-form">
      <section class="ap-section" aria-labelledby={`${uid}-rel`}>
        <h4 id={`${uid}-rel`}>{t.relationship}</h4>
        <div class="ap-grid">
          <label>
            {t.currentStage}
            <select
              value={plan.currentStage ?? ''}
              onChange={(e) => {
                const v = val(e);
                const next = { ...plan };
                if ((STAGE_IDS as readonly string[]).includes(v)) next.currentStage = v as (typeof STAGE_IDS)[number];
                else delete next.currentStage;
                onChange(next);
              }}
            >
              <option value="">{t.stageNone}</option>
              {STAGE_IDS.map((s) => (
                <option key={s} value={s}>
                  {d.stages[s].name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.targetStage}
            <select
              value={plan.targetStage ?? ''}
              onChange={(e) => {
                const v = val(e);
                const next = { ...plan };
                if ((LADDER_STAGES as readonly string[]).includes(v)) next.targetStage = v as (typeof LADDER_STAGES)[number];
                else delete next.targetStage;
                onChange(next);
              }}
            >
              <option value="">{t.stageNone}</option>
              {LADDER_STAGES.map((s) => (
                <option key={s} value={s}>
                  {d.stages[s].name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {buyerCap !== null && plan.targetStage !== undefined && (
          <p class="ap-cap" data-warning="stage-cap">
            {fill(t.targetAboveCap, { target: d.stages[plan.targetStage].name, cap: d.stages[buyerCap].name })}
          </p>
        )}
      </section>

      {textSection('mission', 1)}

      <section class="ap-section" aria-labelledby={`${uid}-financialSummary`} data-section="financialSummary">
        {head('financialSummary', 2)}
        <div class="table-scroll">
          <table class="ap-table">
            <thead>
              <tr>
                <th scope="col">{t.year}</th>
                <th scope="col">{t.revenue}</th>
                <th scope="col">{t.marginPct}</th>
              </tr>
            </thead>
            <tbody>
              {plan.financialHistory.map((h, i) => (
                <tr key={h.year}>
                  <th scope="row">{h.year}</th>
                  <td>
                    <DecimalInput
                      locale={locale}
                      aria-label={fill(t.revenueOf, { year: h.year })}
                      value={h.revenue}
                      onValue={(n) =>
                        set({
                          financialHistory: plan.financialHistory.map((x, j) =>
                            j === i ? { ...x, revenue: n === null ? null : roundMoney(n) } : x,
                          ),
                        })
                      }
                    />
                  </td>
                  <td>
                    <DecimalInput
                      locale={locale}
                      min={-1000}
                      max={1000}
                      aria-label={fill(t.marginOf, { year: h.year })}
                      value={h.marginPct}
                      onValue={(n) =>
                        set({ financialHistory: plan.financialHistory.map((x, j) => (j === i ? { ...x, marginPct: n } : x)) })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {afterCostToServe && <AfterCostToServe locale={locale} text={t.afterCostToServe} value={afterCostToServe} currency={currency} />}
      </section>

      {textSection('customerOverview', 3)}

      <section class="ap-section" aria-labelledby={`${uid}-criticalSuccessFactors`} data-section="criticalSuccessFactors">
        {head('criticalSuccessFactors', 4)}
        {plan.criticalSuccessFactors.length > 0 && (
          <div class="table-scroll">
            <table class="ap-table">
              <thead>
                <tr>
                  <th scope="col">{t.factor}</th>
                  <th scope="col">{t.importance}</th>
                  <th scope="col">{t.ourScore}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {plan.criticalSuccessFactors.map((f, i) => (
                  <tr key={f.id}>
                    <td>
                      <input
                        type="text"
                        maxLength={500}
                        aria-label={fill(t.factorN, { n: i + 1 })}
                        value={f.factor}
                        onInput={(e) =>
                          set({
                            criticalSuccessFactors: plan.criticalSuccessFactors.map((x) => (x.id === f.id ? { ...x, factor: val(e) } : x)),
                          })
                        }
                      />
                    </td>
                    <td>
                      <select
                        aria-label={fill(t.importanceN, { n: i + 1 })}
                        value={String(f.importance)}
                        onChange={(e) =>
                          set({
                            criticalSuccessFactors: plan.criticalSuccessFactors.map((x) =>
                              x.id === f.id ? { ...x, importance: Number(val(e)) } : x,
                            ),
                          })
                        }
                      >
                        {[1, 2, 3, 4, 5].map((n) => (
                          <option key={n} value={String(n)}>
                            {n}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <DecimalInput
                        locale={locale}
                        min={0}
                        max={10}
                        aria-label={fill(t.ourScoreN, { n: i + 1 })}
                        value={f.ourScore}
                        onValue={(n) =>
                          set({
                            criticalSuccessFactors: plan.criticalSuccessFactors.map((x) =>
                              x.id === f.id ? { ...x, ourScore: n ?? 0 } : x,
                            ),
                          })
                        }
                      />
                    </td>
                    <td>
                      {removeButton(i + 1, () => set({ criticalSuccessFactors: plan.criticalSuccessFactors.filter((x) => x.id !== f.id) }))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {plan.criticalSuccessFactors.length > 0 && (
          <p>{gaps.length > 0 ? fill(t.csfGaps, { list: gaps.map((g) => g.factor).join(', ') }) : t.csfNoGaps}</p>
        )}
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            set({
              criticalSuccessFactors: [
                ...plan.criticalSuccessFactors,
                { id: nextItemId(plan.criticalSuccessFactors, 'csf'), factor: '', importance: 3, ourScore: 5 },
              ],
            })
          }
        >
          {t.addFactor}
        </button>
      </section>

      {textSection('customerPortfolio', 5)}
      {textSection('assumptions', 6)}
      {textSection('objectives', 7)}

      <section class="ap-section" aria-labelledby={`${uid}-goals`} data-section="goals">
        {head('goals', 8)}
        <div class="table-scroll">
          <table class="ap-table">
            <thead>
              <tr>
                <th scope="col">{t.year}</th>
                <th scope="col">{t.revenue}</th>
                <th scope="col">{t.marginPct}</th>
                <th scope="col">{t.sharePct}</th>
              </tr>
            </thead>
            <tbody>
              {plan.goals.map((g, i) => (
                <tr key={g.year}>
                  <th scope="row">{g.year}</th>
                  <td>
                    <DecimalInput
                      locale={locale}
                      aria-label={fill(t.revenueOf, { year: g.year })}
                      value={g.revenue}
                      onValue={(n) =>
                        set({ goals: plan.goals.map((x, j) => (j === i ? { ...x, revenue: n === null ? null : roundMoney(n) } : x)) })
                      }
                    />
                  </td>
                  <td>
                    <DecimalInput
                      locale={locale}
                      min={-1000}
                      max={1000}
                      aria-label={fill(t.marginOf, { year: g.year })}
                      value={g.marginPct}
                      onValue={(n) => set({ goals: plan.goals.map((x, j) => (j === i ? { ...x, marginPct: n } : x)) })}
                    />
                  </td>
                  <td>
                    <DecimalInput
                      locale={locale}
                      min={0}
                      max={100}
                      aria-label={fill(t.shareOf, { year: g.year })}
                      value={g.sharePct}
                      onValue={(n) => set({ goals: plan.goals.map((x, j) => (j === i ? { ...x, sharePct: n } : x)) })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ChartFigure
          locale={locale}
          config={chartConfig}
          summary={fill(t.goalsChartSummary, {
            account: plan.accountName,
            list: years.map((y) => `${y.year} (${y.kind}) ${money(y.revenue)}`).join('; '),
          })}
          table={{
            caption: t.goalsChartCaption,
            headers: [t.year, t.kind, t.revenue],
            rows: years.map((y) => [String(y.year), y.kind, money(y.revenue)]),
            numeric: [2],
          }}
          dataKey={years.map((y) => `${y.year}:${y.revenue ?? ''}`).join('|')}
          height="short"
        />
      </section>

      <section class="ap-section" aria-labelledby={`${uid}-actions`} data-section="actions">
        {head('actions', 9)}
        {plan.actions.map((a, i) => (
          <fieldset class="item-fieldset ap-row" key={a.id}>
            <legend>{fill(t.whatN, { n: i + 1 })}</legend>
            <label class="ap-wide">
              {t.what}
              <input
                type="text"
                maxLength={20000}
                value={a.what}
                onInput={(e) => set({ actions: plan.actions.map((x) => (x.id === a.id ? { ...x, what: val(e) } : x)) })}
              />
            </label>
            <label>
              {t.owner}
              <input
                type="text"
                maxLength={500}
                value={a.owner}
                onInput={(e) => set({ actions: plan.actions.map((x) => (x.id === a.id ? { ...x, owner: val(e) } : x)) })}
              />
            </label>
            <label>
              {t.due}
              <DateInput
                locale={locale}
                value={a.due}
                onValue={(iso) => set({ actions: plan.actions.map((x) => (x.id === a.id ? { ...x, due: isoOrNull(iso) } : x)) })}
              />
            </label>
            <label>
              {t.status}
              <select
                value={a.status}
                onChange={(e) =>
                  set({
                    actions: plan.actions.map((x) => (x.id === a.id ? { ...x, status: val(e) as (typeof ACTION_STATUSES)[number] } : x)),
                  })
                }
              >
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {d.actionStatuses[s]}
                  </option>
                ))}
              </select>
            </label>
            {removeButton(i + 1, () => set({ actions: plan.actions.filter((x) => x.id !== a.id) }))}
          </fieldset>
        ))}
        {noOwner > 0 && <p class="ap-warn">{fillCount(locale, t.actionsNoOwner, { count: noOwner })}</p>}
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            set({ actions: [...plan.actions, { id: nextItemId(plan.actions, 'action'), what: '', owner: '', due: null, status: 'todo' }] })
          }
        >
          {t.addAction}
        </button>
      </section>

      <section class="ap-section" aria-labelledby={`${uid}-contacts`} data-section="contacts">
        {head('contacts', 10)}
        {plan.contacts.map((c, i) => (
          <fieldset class="item-fieldset ap-row" key={c.id}>
            <legend>{fill(t.nameN, { n: i + 1 })}</legend>
            <label>
              {t.name}
              <input
                type="text"
                maxLength={500}
                value={c.name}
                onInput={(e) => set({ contacts: plan.contacts.map((x) => (x.id === c.id ? { ...x, name: val(e) } : x)) })}
              />
            </label>
            <label>
              {t.role}
              <input
                type="text"
                maxLength={500}
                value={c.role}
                onInput={(e) => set({ contacts: plan.contacts.map((x) => (x.id === c.id ? { ...x, role: val(e) } : x)) })}
              />
            </label>
            <label>
              {t.ourContact}
              <input
                type="text"
                maxLength={500}
                value={c.ourContact ?? ''}
                placeholder={t.accountManager}
                onInput={(e) => set({ contacts: plan.contacts.map((x) => (x.id === c.id ? { ...x, ourContact: val(e) } : x)) })}
              />
            </label>
            <label>
              {t.influence}
              <select
                value={c.influence}
                onChange={(e) =>
                  set({
                    contacts: plan.contacts.map((x) =>
                      x.id === c.id ? { ...x, influence: val(e) as (typeof INFLUENCE_LEVELS)[number] } : x,
                    ),
                  })
                }
              >
                {INFLUENCE_LEVELS.map((s) => (
                  <option key={s} value={s}>
                    {d.influences[s]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.attitude}
              <select
                value={c.attitude}
                onChange={(e) =>
                  set({
                    contacts: plan.contacts.map((x) => (x.id === c.id ? { ...x, attitude: val(e) as (typeof ATTITUDES)[number] } : x)),
                  })
                }
              >
                {ATTITUDES.map((s) => (
                  <option key={s} value={s}>
                    {d.attitudes[s]}
                  </option>
                ))}
              </select>
            </label>
            {removeButton(i + 1, () => set({ contacts: plan.contacts.filter((x) => x.id !== c.id) }))}
          </fieldset>
        ))}
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            set({
              contacts: [
                ...plan.contacts,
                { id: nextItemId(plan.contacts, 'contact'), name: '', role: '', influence: 'medium', attitude: 'neutral' },
              ],
            })
          }
        >
          {t.addContact}
        </button>
        <p class="ap-pattern" data-pattern={pattern}>
          <strong>{fill(t.patternIs, { pattern: d.contactPatterns[pattern].name })}</strong> {d.contactPatterns[pattern].description}
        </p>
        <p class="muted" data-pattern-rule>
          {t.patternRule}
        </p>
        <ContactMap
          pattern={pattern}
          contacts={plan.contacts}
          label={fillCount(locale, t.patternPicture, {
            pattern: d.contactPatterns[pattern].name,
            count: plan.contacts.filter((c) => c.name.trim() !== '').length,
            ours: sides.ours,
            functions: sides.theirs,
          })}
          us={t.us}
          them={plan.accountName}
        />
      </section>

      <section class="ap-section" aria-labelledby={`${uid}-risks`} data-section="risks">
        {head('risks', 11)}
        {plan.risks.map((r, i) => (
          <fieldset class="item-fieldset ap-row" key={r.id}>
            <legend>{fill(t.riskN, { n: i + 1 })}</legend>
            <label class="ap-wide">
              {t.risk}
              <input
                type="text"
                maxLength={20000}
                value={r.text}
                onInput={(e) => set({ risks: plan.risks.map((x) => (x.id === r.id ? { ...x, text: val(e) } : x)) })}
              />
            </label>
            <label>
              {t.cause}
              <select
                value={r.causeId ?? ''}
                onChange={(e) => {
                  const v = val(e);
                  set({
                    risks: plan.risks.map((x) => {
                      if (x.id !== r.id) return x;
                      const { causeId: _drop, ...rest } = x;
                      void _drop;
                      return v === '' ? rest : { ...rest, causeId: v };
                    }),
                  });
                }}
              >
                <option value="">{t.causeNone}</option>
                {UNCOUPLING_CAUSES.map((c) => (
                  <option key={c.id} value={c.id}>
                    {d.causes[c.id].name}
                  </option>
                ))}
              </select>
            </label>
            {removeButton(i + 1, () => set({ risks: plan.risks.filter((x) => x.id !== r.id) }))}
          </fieldset>
        ))}
        <div class="ap-buttons">
          <button
            type="button"
            class="button secondary"
            onClick={() => set({ risks: [...plan.risks, { id: nextItemId(plan.risks, 'risk'), text: '' }] })}
          >
            {t.addRisk}
          </button>
          <button type="button" class="button secondary" onClick={onRisksFromChecklist}>
            {t.risksFromChecklist}
          </button>
        </div>
      </section>

      <section class="ap-section" aria-labelledby={`${uid}-review`} data-section="review">
        {head('review', 12)}
        <label>
          {t.nextReview}
          <DateInput locale={locale} value={plan.nextReview} onValue={(iso) => set({ nextReview: isoOrNull(iso) })} />
        </label>
      </section>
    </div>
  );
}

function isoOrNull(v: string): string | null {
  return isIsoDate(v) ? v : null;
}
