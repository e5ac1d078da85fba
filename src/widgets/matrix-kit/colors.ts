/** The matrix charts' colours, from the theme's palette: one per quadrant (classification matrix and DPM), one per fit/cost zone. */
import type { FitCostZone, QuadrantId } from '../../domain/index.ts';
import type { ChartPalette } from '../../charts/colors';

export function quadrantColor(quadrant: QuadrantId, p: ChartPalette): string {
  return { strategic: p.ok, star: p.accent, status: p.b, streamline: p.c }[quadrant];
}

export function zoneColor(zone: FitCostZone, p: ChartPalette): string {
  return { select: p.ok, consider: p.accent, later: p.c, avoid: p.danger }[zone];
}
