/** Where the class placed each account on the classification matrix, and the mean placement. */
import type { ChartConfiguration } from 'chart.js';
import { areasPlugin } from '../../charts/areasPlugin';
import { ChartFigure } from '../../charts/ChartFigure';
import { FigureTable } from '../../charts/FigureTable';
import { withAlpha, type ChartPalette } from '../../charts/colors';
import type { ClassResults } from '../../domain/classResults.ts';
import { fillCount } from '../../i18n/plural';
import { scoreAxis } from '../matrix-kit/chartConfig';
import type { FigureNames } from './figureNames';

const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;

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
                  scales: { x: scoreAxis(n.s.xAxis, p), y: scoreAxis(n.s.yAxis, p) },
                  plugins: { legend: { labels: { color: p.fg, usePointStyle: true } } },
                },
                // No areas: only the dashed lines at 5 that split the matrix into its four quadrants.
                plugins: [areasPlugin([], { midpoint: 5, line: p.muted, text: p.fg })],
              };
            }}
          />
          <FigureTable
            name="matrix"
            caption={n.s.matrixMeansCaption}
            headers={[n.s.accountCol, n.s.placementsCol, n.s.meanAttractivenessCol, n.s.meanStrengthCol, n.s.quadrantCol]}
            rows={matrixAccounts.map((a) => [
              a.name,
              a.count,
              n.num(a.meanAttractiveness),
              n.num(a.meanStrength),
              n.counts(['strategic', 'star', 'status', 'streamline'], a.quadrantCounts, n.quadrantName),
            ])}
            numeric={[1, 2, 3]}
            rowData={matrixAccounts.map((a) => ({ 'data-account': a.account }))}
          />
        </>
      )}
    </section>
  );
}
