/** How the class diagnosed each account's stage: stacked bars, the counts per stage, and per group. */
import { ChartFigure } from '../../charts/ChartFigure';
import { FigureTable } from '../../charts/FigureTable';
import type { ChartConfiguration } from 'chart.js';
import { withAlpha, type ChartPalette } from '../../charts/colors';
import { STAGE_IDS } from '../../domain/index.ts';
import type { StageId } from '../../domain/index.ts';
import type { ClassResults } from '../../domain/classResults.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import type { FigureNames } from './figureNames';
import { mostAgreedStage } from '../../domain/classHighlights.ts';

const STAGE_COLOURS: Record<StageId, (p: ChartPalette) => string> = {
  pre: (p) => p.c,
  early: (p) => p.b,
  mid: (p) => withAlpha(p.accent, 0.55),
  partnership: (p) => p.accent,
  synergistic: (p) => p.ok,
  uncoupling: (p) => p.danger,
};

export function StageFigure({ n, results }: { n: FigureNames; results: ClassResults }) {
  const stages = results.stages;
  const mostAgreed = mostAgreedStage(stages);
  // The chart's table, shown outright too: each stage's cell says which stage it counts.
  const table = {
    caption: n.s.stagesCaption,
    headers: [n.s.accountCol, ...STAGE_IDS.map(n.stageName), n.s.consensusCol],
    rows: stages.map((x) => [x.name, ...STAGE_IDS.map((st) => x.counts[st]), x.consensus ? n.stageName(x.consensus) : n.s.noConsensus]),
    numeric: STAGE_IDS.map((_, i) => i + 1),
  };
  return (
    <section aria-labelledby={`${n.id}-stages`} data-section="stages">
      <h2 id={`${n.id}-stages`}>{n.s.stagesTitle}</h2>
      {stages.length === 0 ? (
        <p>{n.s.stagesNone}</p>
      ) : (
        <>
          <ChartFigure
            locale={n.locale}
            dataKey={JSON.stringify(stages.map((x) => [x.account, x.counts]))}
            summary={fillCount(n.locale, n.s.stagesSummary, {
              n: stages.length,
              agreement: mostAgreed
                ? fill(n.s.stagesAgree, {
                    account: mostAgreed.account.name,
                    share: n.pct(mostAgreed.share),
                    stage: n.stageName(mostAgreed.stage),
                  })
                : '',
            }).trim()}
            table={table}
            config={(p: ChartPalette): ChartConfiguration => ({
              type: 'bar',
              data: {
                labels: stages.map((x) => x.name),
                datasets: STAGE_IDS.map((st) => ({
                  label: n.stageName(st),
                  data: stages.map((x) => x.counts[st]),
                  backgroundColor: STAGE_COLOURS[st](p),
                  borderColor: p.bg,
                  borderWidth: 1,
                })),
              },
              options: {
                indexAxis: 'y',
                scales: {
                  x: { stacked: true, ticks: { color: p.fg, precision: 0 }, grid: { color: p.grid } },
                  y: { stacked: true, ticks: { color: p.fg }, grid: { display: false } },
                },
                plugins: { legend: { labels: { color: p.fg } } },
              },
            })}
          />
          <FigureTable
            name="stages"
            {...table}
            rowData={stages.map((x) => ({ 'data-account': x.account }))}
            columnData={[undefined, ...STAGE_IDS.map((st) => ({ 'data-stage': st }))]}
          />
          <h3>{n.s.byGroupTitle}</h3>
          <FigureTable
            name="stages-by-group"
            caption={n.s.byGroupCaption}
            captionClass="sr-only"
            headers={[n.s.accountCol, n.s.groupCol, n.s.stagesTitle]}
            rows={stages.flatMap((x) => x.byGroup.map((g) => [x.name, g.group || n.s.noGroup, n.counts(STAGE_IDS, g.counts, n.stageName)]))}
          />
        </>
      )}
    </section>
  );
}
