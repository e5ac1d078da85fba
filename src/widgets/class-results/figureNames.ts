/** What every class-results figure needs to put names and numbers into words in the page's language. */
import type { QuadrantId, StageId } from '../../domain/index.ts';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { VIEW_STRINGS } from './viewStrings';

export type FigureNames = ReturnType<typeof figureNames>;

export function figureNames(locale: Locale, id: string, lessons: readonly { id: string; title: string }[]) {
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...MATRIX_TEXTS[locale] };
  return {
    locale,
    /** Prefix of the figures' heading ids. */
    id,
    s: VIEW_STRINGS[locale],
    d,
    lessonTitle: (lessonId: string) => lessons.find((l) => l.id === lessonId)?.title ?? lessonId,
    stageName: (stage: StageId) => d.stages[stage].name,
    quadrantName: (q: QuadrantId) => d.quadrants[q].name,
    pct: (x: number) => formatPercent(locale, x),
    num: (x: number) => formatNumber(locale, x, 2),
    /** "Name: count" for each id counted at least once, e.g. "Strategic: 3 · Star: 1". */
    counts: <K extends string>(ids: readonly K[], counts: Record<K, number>, name: (id: K) => string) =>
      ids
        .filter((id) => counts[id] > 0)
        .map((id) => `${name(id)}: ${counts[id]}`)
        .join(' · '),
  };
}
