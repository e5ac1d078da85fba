/**
 * The chart section of a matrix tool: its heading, the orientation note, the square chart (with its
 * table) and the focusable list of points under it.
 */
import type { ComponentProps } from 'preact';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartHolder } from '../../charts/pointFocus';
import type { Locale } from '../../i18n/locales';
import { PointList } from './PointList';
import type { ListedPoint } from './PointList';

type Figure = Pick<ComponentProps<typeof ChartFigure>, 'config' | 'summary' | 'table' | 'dataKey'>;

export function MatrixChart(props: {
  locale: Locale;
  title: string;
  note: string;
  pointsTitle: string;
  chart: Figure & { points: readonly ListedPoint[] };
  holder: ChartHolder;
}) {
  const { locale, title, note, pointsTitle, chart, holder } = props;
  const { points, ...figure } = chart;
  return (
    <>
      <h3>{title}</h3>
      <p class="muted">{note}</p>
      <ChartFigure locale={locale} {...figure} height="square">
        <PointList title={pointsTitle} points={points} holder={holder} />
      </ChartFigure>
    </>
  );
}
