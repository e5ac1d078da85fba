/** Where the class placed each account on the classification matrix, and the mean placement. */
import type { Plugin } from 'chart.js';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartConfiguration } from 'chart.js';
import { withAlpha, type ChartPalette } from '../../charts/colors';
import type { ClassResults } from '../../domain/classResults.ts';
import { fillCount } from '../../i18n/plural';
import type { FigureNames } from './figureNames';

const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;

/** The dashed lines at 5 that split the matrix into its four quadrants. */
function midpointLines(colour: string): Plugin {
  return {
    id: 'classMidpoint',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x']?.getPixelForValue(5);
      const y = scales['y']?.getPixelForValue(5);
      if (x === undefined || y === undefined) return;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

export function MatrixFigure({ n, results }: { n: FigureNames; results: ClassResults }) {
  const points = results.matrix.points;
  const matrixAccounts = results.matrix.accounts;
  return (
    <section aria-labelledby={`${n.id}-matrix`} data-section="matrix">
      <h2 id={`${n.id}-matrix`}>{n.s.matrixTitle}</h2>
      {points.length === 0 ? (
        <p>{n.s.matrixNone}</p>
      ) : (
        <>
          <ChartFigure
            locale={n.locale}
            dataKey={JSON.stringify(points)}
            height="square"
            summary={fillCount(n.locale, n.s.matrixSummary, { n: points.length, a: matrixAccounts.length })}
            table={{
              caption: n.s.matrixCaption,
              headers: [n.s.participantCol, n.s.groupCol, n.s.accountCol, n.s.attractivenessCol, n.s.strengthCol, n.s.quadrantCol],
              rows: points.map((pt) => [
                pt.participant,
                pt.group || n.s.noGroup,
                pt.name,
                n.num(pt.attractiveness),
                n.num(pt.strength),
                n.quadrantName(pt.quadrant),
              ]),
              numeric: [3, 4],
            }}
            config={(p: ChartPalette): ChartConfiguration => {
              const colours = [p.accent, p.b, p.ok, p.danger, p.c, p.warn];
              return {
                type: 'scatter',
                data: {
                  datasets: matrixAccounts.map((acc, i) => ({
                    label: acc.name,
                    data: points.filter((pt) => pt.account === acc.account).map((pt) => ({ x: pt.strength, y: pt.attractiveness })),
                    backgroundColor: withAlpha(colours[i % colours.length]!, 0.75),
                    borderColor: colours[i % colours.length]!,
                    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
                    pointRadius: 7,
                  })),
                },
                options: {
                  scales: {
                    x: {
                      min: 0,
                      max: 10,
                      title: { display: true, text: n.s.xAxis, color: p.fg },
                      ticks: { color: p.fg },
                      grid: { color: p.grid },
                    },
                    y: {
                      min: 0,
                      max: 10,
                      title: { display: true, text: n.s.yAxis, color: p.fg },
                      ticks: { color: p.fg },
                      grid: { color: p.grid },
                    },
                  },
                  plugins: { legend: { labels: { color: p.fg, usePointStyle: true } } },
                },
                plugins: [midpointLines(p.muted)],
              };
            }}
          />
          <div class="table-scroll">
            <table data-table="matrix">
              <caption>{n.s.matrixMeansCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{n.s.accountCol}</th>
                  <th scope="col" class="num">
                    {n.s.placementsCol}
                  </th>
                  <th scope="col" class="num">
                    {n.s.meanAttractivenessCol}
                  </th>
                  <th scope="col" class="num">
                    {n.s.meanStrengthCol}
                  </th>
                  <th scope="col">{n.s.quadrantCol}</th>
                </tr>
              </thead>
              <tbody>
                {matrixAccounts.map((a) => (
                  <tr key={a.account} data-account={a.account}>
                    <th scope="row">{a.name}</th>
                    <td class="num">{a.count}</td>
                    <td class="num">{n.num(a.meanAttractiveness)}</td>
                    <td class="num">{n.num(a.meanStrength)}</td>
                    <td>
                      {(['strategic', 'star', 'status', 'streamline'] as const)
                        .filter((q) => a.quadrantCounts[q] > 0)
                        .map((q) => `${n.quadrantName(q)}: ${a.quadrantCounts[q]}`)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
