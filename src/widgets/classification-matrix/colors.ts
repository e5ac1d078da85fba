/** One colour per quadrant, from the theme's palette (the same in the classification matrix and the DPM). */
import type { QuadrantId } from '../../domain/index.ts';
import type { ChartPalette } from '../../charts/colors';

export function QUADRANT_COLOR_OF(quadrant: QuadrantId, p: ChartPalette): string {
  return { strategic: p.ok, star: p.accent, status: p.b, streamline: p.c }[quadrant];
}
