/** What the other tools know about the account: its Pareto class, matrix quadrant, latest stage and uncoupling risk. */
import { accountQuadrant, latestDiagnosis, paretoClassOf, uncouplingRisk } from '../../domain/index.ts';
import type { ParetoClass, QuadrantId } from '../../domain/index.ts';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { AccountAssessment, MatrixConfig, Portfolio } from '../../state/index';
import { TRY_KEY } from '../shared/AccountPicker';
import type { STRINGS } from './strings';

type T = (typeof STRINGS)[Locale];

/** The account's Pareto class and quadrant (null for the quick try, or when not known). */
export function standingOf(
  portfolio: Portfolio,
  matrixConfig: MatrixConfig,
  assessment: AccountAssessment,
  account: string,
): { abc: ParetoClass | null; quadrant: QuadrantId | null } {
  if (account === TRY_KEY) return { abc: null, quadrant: null };
  return { abc: paretoClassOf(portfolio.clients, account), quadrant: accountQuadrant(matrixConfig, assessment.matrixScores) };
}

interface Props {
  locale: Locale;
  t: T;
  uid: string;
  tryMode: boolean;
  abc: ParetoClass | null;
  quadrant: QuadrantId | null;
  assessment: AccountAssessment;
}

export function PlanKnown({ locale, t, uid, tryMode, abc, quadrant, assessment }: Props) {
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...MATRIX_TEXTS[locale] };
  const latest = latestDiagnosis(assessment.diagnoses);
  const risk = uncouplingRisk(assessment.uncoupling?.checked);
  return (
    <section class="ap-known" aria-labelledby={`${uid}-known`}>
      <h4 id={`${uid}-known`}>{t.known}</h4>
      {tryMode ? (
        <p class="muted">{t.knownTry}</p>
      ) : (
        <dl class="ap-known-list">
          <div>
            <dt>{t.knownClass}</dt>
            <dd>{abc ?? t.knownNone}</dd>
          </div>
          <div>
            <dt>{t.knownQuadrant}</dt>
            <dd>{quadrant ? d.quadrants[quadrant].name : t.knownNone}</dd>
          </div>
          <div>
            <dt>{t.knownStage}</dt>
            <dd>{latest ? `${d.stages[latest.stage].name} (${formatDate(locale, latest.date)})` : t.knownNone}</dd>
          </div>
          <div>
            <dt>{t.knownRisk}</dt>
            <dd>{risk ? d.uncouplingLevels[risk.level] : t.knownNone}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
