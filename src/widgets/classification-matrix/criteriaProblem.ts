/**
 * The first problem with a criteria configuration, as a translated sentence (null: it can be saved).
 * Fetched when first needed, with its words (criteriaCheck.ts).
 * The rules are the domain's (`classifyAccounts` with no account checks the criteria alone); an empty name is this tool's own check, since a
 * built-in criterion shows its name from the page's language.
 */
import { classifyAccounts, weightTotal } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import type { MatrixConfig } from '../../state/index.ts';
import { criterionName } from '../matrix-kit/criterionName';
import { CRITERIA_STRINGS } from './criteriaStrings';

export type Axis = 'attractiveness' | 'strength';
export const AXES: readonly Axis[] = ['attractiveness', 'strength'];

/** A weight total as the tool writes it: whole numbers plain, others with two decimals. */
const formatTotal = (locale: Locale, total: number): string => formatNumber(locale, total, Number.isInteger(total) ? 0 : 2);

export function criteriaProblem(config: MatrixConfig, locale: Locale): string | null {
  const t = CRITERIA_STRINGS[locale];
  const axisWord = (axis: Axis) => (axis === 'attractiveness' ? t.axisWordAttractiveness : t.axisWordStrength);
  const check = classifyAccounts({
    attractiveness: config.attractiveness.map(({ id, weight }) => ({ id, weight })),
    strength: config.strength.map(({ id, weight }) => ({ id, weight })),
    accounts: [],
    midpoint: config.midpoint,
  });
  if (!check.ok) {
    const { code, axis, criterion } = check.error;
    const list = axis ? config[axis] : [];
    if (code === 'weights-not-100' && axis)
      return fill(t.errWeights, { axis: axisWord(axis), total: formatTotal(locale, weightTotal(list)) });
    if (code === 'invalid-weight') {
      const c = list.find((x) => x.id === criterion);
      return fill(t.errInvalidWeight, { name: c ? criterionName(locale, c) || '?' : '?' });
    }
    if (code === 'no-criteria' && axis) return fill(t.errNoCriteria, { axis: axisWord(axis) });
    return fill(t.errOther, { code });
  }
  for (const axis of AXES) {
    const at = config[axis].findIndex((c) => criterionName(locale, c).trim() === '');
    if (at >= 0) return fill(t.errName, { axis: axisWord(axis), n: at + 1 });
  }
  return null;
}
