/**
 * The plan as a handed-over document: every section as read-only text blocks and tables, no form
 * controls. Hidden on screen, it is what `@media print` shows (A4), so "Print / Save as PDF" gives
 * a document a manager can hand over. User text is rendered as text only (white-space kept by CSS).
 */
import type { ComponentProps } from 'preact';
import { PLAN_SECTIONS, contactPattern } from '../../domain/index.ts';
import type { AccountPlan, AccountTeam, KraljicAnswers, PlanSectionId, ValueProposition } from '../../domain/index.ts';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { PropositionPage as Page } from '../shared/PropositionPage';
import type { PlanExtrasPrint as Extras } from './PlanExtrasPrint';
import { EDITOR_STRINGS } from './editorStrings';
import { STRINGS } from './strings';

// The one-page value proposition is printed only for an account that has one: fetched then.
type PageProps = ComponentProps<typeof Page>;
const LazyPropositionPage = lazyComponent(lazyLoader<PageProps>(() => import('../shared/PropositionPage').then((m) => m.PropositionPage)));

// Likewise the account team and the buyer's view (Kraljic), printed only for an account that has them.
type ExtrasProps = ComponentProps<typeof Extras>;
const LazyExtras = lazyComponent(lazyLoader<ExtrasProps>(() => import('./PlanExtrasPrint').then((m) => m.PlanExtrasPrint)));

export interface Known {
  abcClass: string | null;
  quadrant: string | null;
}

export function PlanDocument({
  locale,
  plan,
  known,
  currency,
  proposition,
  team,
  buyerView,
}: {
  locale: Locale;
  plan: AccountPlan;
  known: Known;
  currency: string;
  /** The account's one-page value proposition, printed after the plan when there is one. */
  proposition?: ValueProposition | undefined;
  /** The account's team (account-team tool) and buyer's view (Kraljic tool), printed after the plan when there are. */
  team?: Pick<AccountTeam, 'members' | 'raci'> | undefined;
  buyerView?: KraljicAnswers | undefined;
}) {
  // The header's "what the other tools know" labels are the first view's (strings.ts); the rest the editor's.
  const t = { ...STRINGS[locale], ...EDITOR_STRINGS[locale] };
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...PLAN_TEXTS[locale] };
  const money = (v: number | null) => (v === null ? t.empty : formatMoney(locale, v, currency));
  const num = (v: number | null, digits = 1) => (v === null ? t.empty : formatNumber(locale, v, Number.isInteger(v) ? 0 : digits));
  const text = (v: string) => (v.trim() === '' ? <p class="apd-empty">{t.empty}</p> : <p class="apd-text">{v}</p>);
  const section = (id: PlanSectionId, body: preact.ComponentChildren) => (
    <section class="apd-section" data-section={id} key={id}>
      <h2>
        {PLAN_SECTIONS.indexOf(id) + 1}. {d.planSections[id].name}
      </h2>
      {body}
    </section>
  );
  const pattern = contactPattern(plan.contacts);
  return (
    <article class="ap-document print-only">
      <header class="apd-header">
        <h1>{fill(t.printTitle, { account: plan.accountName, year: plan.year })}</h1>
        <dl class="apd-meta">
          <div>
            <dt>{t.currentStage}</dt>
            <dd>{plan.currentStage ? d.stages[plan.currentStage].name : t.stageNone}</dd>
          </div>
          <div>
            <dt>{t.targetStage}</dt>
            <dd>{plan.targetStage ? d.stages[plan.targetStage].name : t.stageNone}</dd>
          </div>
          <div>
            <dt>{t.knownClass}</dt>
            <dd>{known.abcClass ?? t.knownNone}</dd>
          </div>
          <div>
            <dt>{t.knownQuadrant}</dt>
            <dd>{known.quadrant ?? t.knownNone}</dd>
          </div>
          <div>
            <dt>{t.nextReview}</dt>
            <dd>{plan.nextReview ? formatDate(locale, plan.nextReview) : t.empty}</dd>
          </div>
        </dl>
        <p class="apd-small">
          {fill(t.printMeta, { date: formatDate(locale, plan.updatedAt) })} · {t.printPreparedBy}
        </p>
      </header>
      {section('mission', text(plan.mission))}
      {section(
        'financialSummary',
        <table>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              <th scope="col" class="num">
                {t.revenue}
              </th>
              <th scope="col" class="num">
                {t.marginPct}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.financialHistory.map((h) => (
              <tr key={h.year}>
                <th scope="row">{h.year}</th>
                <td class="num">{money(h.revenue)}</td>
                <td class="num">{num(h.marginPct)}</td>
              </tr>
            ))}
          </tbody>
        </table>,
      )}
      {section('customerOverview', text(plan.customerOverview))}
      {section(
        'criticalSuccessFactors',
        plan.criticalSuccessFactors.length === 0 ? (
          <p class="apd-empty">{t.empty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.factor}</th>
                <th scope="col" class="num">
                  {t.importance}
                </th>
                <th scope="col" class="num">
                  {t.ourScore}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.criticalSuccessFactors.map((f) => (
                <tr key={f.id}>
                  <td>{f.factor}</td>
                  <td class="num">{num(f.importance)}</td>
                  <td class="num">{num(f.ourScore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      {section('customerPortfolio', text(plan.customerPortfolio))}
      {section('assumptions', text(plan.assumptions))}
      {section('objectives', text(plan.objectives))}
      {section(
        'goals',
        <table>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              <th scope="col" class="num">
                {t.revenue}
              </th>
              <th scope="col" class="num">
                {t.marginPct}
              </th>
              <th scope="col" class="num">
                {t.sharePct}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.goals.map((g) => (
              <tr key={g.year}>
                <th scope="row">{g.year}</th>
                <td class="num">{money(g.revenue)}</td>
                <td class="num">{num(g.marginPct)}</td>
                <td class="num">{num(g.sharePct)}</td>
              </tr>
            ))}
          </tbody>
        </table>,
      )}
      {section(
        'actions',
        plan.actions.length === 0 ? (
          <p class="apd-empty">{t.empty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.what}</td>
                  <td>{a.owner}</td>
                  <td>{a.due ? formatDate(locale, a.due) : t.empty}</td>
                  <td>{d.actionStatuses[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      {section(
        'contacts',
        <>
          <p>
            {fill(t.patternIs, { pattern: d.contactPatterns[pattern].name })} {d.contactPatterns[pattern].description}
          </p>
          {plan.contacts.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.ourContact}</th>
                  <th scope="col">{t.influence}</th>
                  <th scope="col">{t.attitude}</th>
                </tr>
              </thead>
              <tbody>
                {plan.contacts.map((c) => (
                  <tr key={c.id}>
                    <td>{c.name}</td>
                    <td>{c.role}</td>
                    <td>{(c.ourContact ?? '').trim() === '' ? t.accountManager : c.ourContact}</td>
                    <td>{d.influences[c.influence]}</td>
                    <td>{d.attitudes[c.attitude]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>,
      )}
      {section(
        'risks',
        plan.risks.length === 0 ? (
          <p class="apd-empty">{t.empty}</p>
        ) : (
          <ul>
            {plan.risks.map((r) => (
              <li key={r.id}>
                <span class="apd-text">{r.text}</span>
                {r.causeId !== undefined && Object.hasOwn(d.causes, r.causeId) && (
                  <span class="apd-small">
                    {' '}
                    ({t.cause}: {d.causes[r.causeId as keyof typeof d.causes].name})
                  </span>
                )}
              </li>
            ))}
          </ul>
        ),
      )}
      {section('review', <p>{plan.nextReview ? formatDate(locale, plan.nextReview, 'long') : t.empty}</p>)}
      {(team !== undefined || buyerView !== undefined) && (
        <LazyExtras locale={locale} team={team} buyerView={buyerView} stage={plan.currentStage ?? null} target={plan.targetStage ?? null} />
      )}
      {proposition !== undefined && (
        <section class="apd-section" data-section="value-proposition">
          <LazyPropositionPage
            locale={locale}
            proposition={proposition}
            accountName={plan.accountName}
            money={(v) => money(v)}
            headingLevel={2}
          />
        </section>
      )}
    </article>
  );
}
