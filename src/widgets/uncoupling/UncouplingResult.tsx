/** The checklist's result for one account: weighted score and level, what drives it (chart and table) and the remedies per cause. */
import { UNCOUPLING_CAUSES } from '../../domain/index.ts';
import type { UncouplingAssessment } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { fill } from '../../i18n/fill';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { STRINGS } from './strings';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { MitigationsProps } from './Mitigations';

type T = (typeof STRINGS)[Locale];

// The remedies show once a cause is ticked: they come with their texts then.
const LazyMitigations = lazyComponent(
  lazyLoader<MitigationsProps>(() => import('./Mitigations').then((m) => m.Mitigations)),
  (failed, { locale }) => (failed ? <p class="error">{STRINGS[locale].mitigationsFailed}</p> : null),
);

interface Props {
  locale: Locale;
  t: T;
  name: string;
  /** `assessUncoupling` of the ticks (all zero when nothing is ticked). */
  assessment: UncouplingAssessment;
  /** False when nothing is ticked: the level reads "not assessed", not "low risk". */
  assessed: boolean;
}

export function UncouplingResult({ locale, t, name, assessment, assessed }: Props) {
  const d = UNCOUPLING_TEXTS[locale];
  const present = UNCOUPLING_CAUSES.filter((c) => assessment.byCause[c.id] > 0).sort(
    (a, b) => assessment.byCause[b.id] - assessment.byCause[a.id],
  );
  const pct = (v: number) => formatPercent(locale, v / 100);
  const causeList = present.map((c) => `${d.causes[c.id].name} (${pct(assessment.byCause[c.id])})`).join('; ');
  const levelText = !assessed
    ? t.levelNone
    : assessment.level === 'high'
      ? t.levelHigh
      : assessment.level === 'medium'
        ? t.levelMedium
        : t.levelLow;

  // The chart's configuration comes with chart.js, when the figure scrolls into view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./uncouplingChart')).then((m) =>
      m.uncouplingChartConfig(
        {
          locale,
          label: t.chartLabel,
          bars: UNCOUPLING_CAUSES.map((c) => ({ name: d.causes[c.id].name, value: assessment.byCause[c.id], external: c.external })),
        },
        palette,
      ),
    );

  return (
    <>
      <dl class="up-figures">
        <div>
          <dt>{t.score}</dt>
          <dd data-testid="uncoupling-score">{fill(t.scoreOf, { score: formatNumber(locale, assessment.score) })}</dd>
        </div>
        <div>
          <dt>{t.level}</dt>
          <dd class={`up-level is-${assessed ? assessment.level : 'not-assessed'}`} data-testid="uncoupling-level">
            {assessed ? d.uncouplingLevels[assessment.level] : t.notAssessed}
          </dd>
        </div>
      </dl>
      <meter class="up-meter" min={0} max={100} low={20} high={50} optimum={0} value={assessment.score} aria-label={t.score} />
      <p>{levelText}</p>
      <p>{present.length === 0 ? t.driversNone : fill(t.drivers, { list: causeList })}</p>
      <ChartFigure
        locale={locale}
        config={config}
        summary={
          present.length === 0
            ? `${fill(t.resultTitle, { account: name })}: ${t.driversNone}`
            : fill(t.chartSummary, { account: name, list: causeList })
        }
        table={{
          caption: fill(t.chartCaption, { account: name }),
          headers: [t.chartCause, t.chartPercent],
          rows: UNCOUPLING_CAUSES.map((c) => [d.causes[c.id].name, pct(assessment.byCause[c.id])]),
          numeric: [1],
        }}
        dataKey={UNCOUPLING_CAUSES.map((c) => Math.round(assessment.byCause[c.id])).join(',')}
      />
      <h5>{t.mitigationsTitle}</h5>
      {present.length === 0 ? <p>{t.mitigationsNone}</p> : <LazyMitigations locale={locale} present={present} />}
    </>
  );
}
