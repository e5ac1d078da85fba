/**
 * The notice shown when this tab and another changed the same parts of a plan at once: it names
 * them, shows the other tab's version of each (to read or copy) and offers to take it back. Loaded
 * only when that happens (AccountPlan.tsx imports it on demand).
 */
import type { AccountPlan, PlanMergeField, PlanSectionId } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import type { Locale } from '../../i18n/locales';
import { formatPercent } from '../../i18n/format';
import { CONFLICT_STRINGS } from './conflictStrings';
import { EDITOR_STRINGS } from './editorStrings';

/** The plan section (or relationship field) a merged field belongs to, for naming it. */
const FIELD_SECTION: Partial<Record<PlanMergeField, PlanSectionId>> = { financialHistory: 'financialSummary', nextReview: 'review' };

/** How a conflicting field is named to the user. */
function mergeFieldLabel(locale: Locale, field: PlanMergeField): string {
  const t = EDITOR_STRINGS[locale];
  if (field === 'currentStage') return t.currentStage;
  if (field === 'targetStage') return t.targetStage;
  const section = FIELD_SECTION[field] ?? (field as PlanSectionId);
  return PLAN_TEXTS[locale].planSections[section].name;
}

/** A margin kept as a percent number (32.5), written by the one percent formatter. */
const marginText = (locale: Locale, pct: number): string => formatPercent(locale, pct / 100, Number.isInteger(pct) ? 0 : 1);

/** A field of a plan as plain text, one item per line (the other tab's version, to read or copy). */
function mergeFieldText(locale: Locale, plan: AccountPlan, field: PlanMergeField): string {
  const stages = STAGE_TEXTS[locale].stages;
  const orEmpty = (v: string | null | undefined) => v ?? '';
  switch (field) {
    case 'financialHistory':
    case 'goals':
      return plan[field]
        .map(
          (y) =>
            `${y.year}: ${y.revenue ?? ''} · ${y.marginPct === null || y.marginPct === undefined ? '' : marginText(locale, y.marginPct)}`,
        )
        .join('\n');
    case 'criticalSuccessFactors':
      return plan.criticalSuccessFactors.map((f) => `- ${f.factor} (${f.importance}/5, ${f.ourScore}/10)`).join('\n');
    case 'actions':
      return plan.actions.map((a) => `- ${a.what} (${a.owner}${a.due ? `, ${a.due}` : ''})`).join('\n');
    case 'contacts':
      return plan.contacts.map((c) => `- ${c.name}: ${c.role}${c.ourContact ? ` / ${c.ourContact}` : ''}`).join('\n');
    case 'risks':
      return plan.risks.map((r) => `- ${r.text}`).join('\n');
    case 'currentStage':
    case 'targetStage': {
      const stage = plan[field];
      return stage ? stages[stage].name : '';
    }
    case 'nextReview':
      return orEmpty(plan.nextReview);
    default:
      return plan[field];
  }
}

export type PlanConflictProps = {
  locale: Locale;
  fields: PlanMergeField[];
  theirs: AccountPlan;
  /** Take the other tab's version of `fields`; `message` says so, in the page's language. */
  onUseTheirs: (message: string) => void;
  onKeepMine: () => void;
};

export default function PlanConflict({ locale, fields, theirs, onUseTheirs, onKeepMine }: PlanConflictProps) {
  const t = CONFLICT_STRINGS[locale];
  const names = fields.map((f) => mergeFieldLabel(locale, f)).join(', ');
  return (
    <div class="ap-conflict" role="alert" data-testid="plan-conflict">
      <p class="ap-conflict-title">
        <strong>{t.conflictTitle}</strong>
      </p>
      <p>{fill(t.conflictText, { fields: names })}</p>
      {fields.map((f) => (
        <label key={f} class="ap-conflict-theirs">
          {fill(t.conflictTheirs, { field: mergeFieldLabel(locale, f) })}
          <textarea readOnly rows={3} value={mergeFieldText(locale, theirs, f)} />
        </label>
      ))}
      <p class="ap-buttons">
        <button type="button" class="button secondary" onClick={() => onUseTheirs(fill(t.conflictRestored, { fields: names }))}>
          {t.conflictUseTheirs}
        </button>{' '}
        <button type="button" class="button secondary" onClick={onKeepMine}>
          {t.conflictKeepMine}
        </button>
      </p>
    </div>
  );
}
