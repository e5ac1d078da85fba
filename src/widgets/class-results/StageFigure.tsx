/** How the class diagnosed each account's stage: stacked bars, the counts per stage, and per group. */
import { ChartFigure } from '../../charts/ChartFigure';
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
            table={{
              caption: n.s.stagesCaption,
              headers: [n.s.accountCol, ...STAGE_IDS.map(n.stageName), n.s.consensusCol],
              rows: stages.map((x) => [
                x.name,
                ...STAGE_IDS.map((st) => x.counts[st]),
                x.consensus ? n.stageName(x.consensus) : n.s.noConsensus,
              ]),
              numeric: STAGE_IDS.map((_, i) => i + 1),
            }}
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
          <div class="table-scroll">
            <table data-table="stages">
              <caption>{n.s.stagesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{n.s.accountCol}</th>
                  {STAGE_IDS.map((st) => (
                    <th scope="col" class="num" key={st}>
                      {n.stageName(st)}
                    </th>
                  ))}
                  <th scope="col">{n.s.consensusCol}</th>
                </tr>
              </thead>
              <tbody>
                {stages.map((x) => (
                  <tr key={x.account} data-account={x.account}>
                    <th scope="row">{x.name}</th>
                    {STAGE_IDS.map((st) => (
                      <td class="num" key={st} data-stage={st}>
                        {x.counts[st]}
                      </td>
                    ))}
                    <td>{x.consensus ? n.stageName(x.consensus) : n.s.noConsensus}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{n.s.byGroupTitle}</h3>
          <div class="table-scroll">
            <table data-table="stages-by-group">
              <caption class="sr-only">{n.s.byGroupCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{n.s.accountCol}</th>
                  <th scope="col">{n.s.groupCol}</th>
                  <th scope="col">{n.s.stagesTitle}</th>
                </tr>
              </thead>
              <tbody>
                {stages.flatMap((x) =>
                  x.byGroup.map((g, i) => (
                    <tr key={`${x.account}-${i}`}>
                      <th scope="row">{x.name}</th>
                      <td>{g.group || n.s.noGroup}</td>
                      <td>{n.counts(STAGE_IDS, g.counts, n.stageName)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
