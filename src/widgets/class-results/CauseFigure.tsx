/** The uncoupling causes the class ticked most, and the indicators behind them. */
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartConfiguration } from 'chart.js';
import type { ChartPalette } from '../../charts/colors';
import type { ClassResults } from '../../domain/classResults.ts';
import { fill } from '../../i18n/fill';
import type { FigureNames } from './figureNames';

export function CauseFigure({ n, results }: { n: FigureNames; results: ClassResults }) {
  const causes = results.causes;
  const topCause = causes[0];
  return (
    <section aria-labelledby={`${n.id}-causes`} data-section="causes">
      <h2 id={`${n.id}-causes`}>{n.s.causesTitle}</h2>
      {results.checklists === 0 || !topCause ? (
        <p>{n.s.causesNone}</p>
      ) : (
        <>
          <ChartFigure
            locale={n.locale}
            dataKey={JSON.stringify(causes)}
            summary={fill(n.s.causesSummary, {
              cause: n.d.causes[topCause.cause].name,
              n: topCause.checklists,
              total: results.checklists,
              share: n.pct(topCause.share),
            })}
            table={{
              caption: n.s.causesCaption,
              headers: [n.s.causeCol, n.s.checklistsCol, n.s.shareCol, n.s.ticksCol],
              rows: causes.map((c) => [n.d.causes[c.cause].name, c.checklists, n.pct(c.share), c.ticks]),
              numeric: [1, 2, 3],
            }}
            config={(p: ChartPalette): ChartConfiguration => ({
              type: 'bar',
              data: {
                labels: causes.map((c) => n.d.causes[c.cause].name),
                datasets: [
                  {
                    label: n.s.checklistsCol,
                    data: causes.map((c) => c.checklists),
                    backgroundColor: causes.map((c) => (c.external ? p.b : p.danger)),
                  },
                ],
              },
              options: {
                indexAxis: 'y',
                scales: {
                  x: { min: 0, ticks: { color: p.fg, precision: 0 }, grid: { color: p.grid } },
                  y: { ticks: { color: p.fg }, grid: { display: false } },
                },
                plugins: { legend: { display: false } },
              },
            })}
          />
          {results.indicators.length > 0 && (
            <>
              <h3>{n.s.indicatorsTitle}</h3>
              <div class="table-scroll">
                <table data-table="indicators">
                  <thead>
                    <tr>
                      <th scope="col">{n.s.indicatorCol}</th>
                      <th scope="col">{n.s.causeCol}</th>
                      <th scope="col" class="num">
                        {n.s.timesCol}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.indicators.slice(0, 10).map((x) => (
                      <tr key={x.indicator}>
                        <th scope="row">{(n.d.indicators as Record<string, string>)[x.indicator] ?? x.indicator}</th>
                        <td>{n.d.causes[x.cause].name}</td>
                        <td class="num">{x.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
