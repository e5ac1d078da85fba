/**
 * The account's matrix quadrant, latest stage diagnosis and uncoupling risk, in the words of those
 * tools: fetched by `PlanKnown` only for an account one of them has assessed.
 */
import { accountQuadrant, latestDiagnosis, uncouplingRisk } from '../../domain/index.ts';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { $matrixConfig } from '../../state/index';
import type { AccountAssessment } from '../../state/index';
import { useStored } from '../shared/useStored';
import type { KnownRow, KnownTexts } from './PlanKnown';

interface Props {
  locale: Locale;
  t: KnownTexts;
  assessment: AccountAssessment;
  /** PlanKnown's line (passed in: importing PlanKnown would tie this chunk to the page's first download). */
  row: KnownRow;
}

export function KnownFindings({ locale, t, assessment, row }: Props) {
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...MATRIX_TEXTS[locale] };
  const quadrant = accountQuadrant(useStored($matrixConfig), assessment.matrixScores);
  const latest = latestDiagnosis(assessment.diagnoses);
  const risk = uncouplingRisk(assessment.uncoupling?.checked);
  return (
    <>
      {row(t.knownQuadrant, quadrant ? d.quadrants[quadrant].name : t.knownNone)}
      {row(t.knownStage, latest ? `${d.stages[latest.stage].name} (${formatDate(locale, latest.date)})` : t.knownNone)}
      {row(t.knownRisk, risk ? d.uncouplingLevels[risk.level] : t.knownNone)}
    </>
  );
}
