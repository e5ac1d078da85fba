/**
 * The list under a matrix chart: one sentence per point, each focusable, so a keyboard user reads
 * the points and sees each one's tooltip on the chart (ChartFigure's fallback table has the figures).
 */
import { showPoint } from '../../charts/pointFocus';
import type { ChartHolder, PointRef } from '../../charts/pointFocus';

export type ListedPoint = { key: string; text: string; point: PointRef | null; className?: string };

export function PointList({ title, points, holder }: { title: string; points: readonly ListedPoint[]; holder: ChartHolder }) {
  if (points.length === 0) return null;
  return (
    <>
      <p class="mx-points-title">{title}</p>
      <ul class="mx-points">
        {points.map((p) => (
          <li
            key={p.key}
            tabIndex={0}
            class={p.className ? `mx-point ${p.className}` : 'mx-point'}
            onFocus={() => showPoint(holder, p.point)}
            onBlur={() => showPoint(holder, null)}
          >
            {p.text}
          </li>
        ))}
      </ul>
    </>
  );
}
