/** The matrix charts' colours, from the theme's palette: one per quadrant (classification matrix and DPM), one per fit/cost zone. */
import type { FitCostZone, QuadrantId } from '../../domain/index.ts';
import type { ChartPalette, withAlpha } from '../../charts/colors';

/**
 * `withAlpha` (src/charts/colors.ts) handed to the matrices' chart configurations, which are fetched
 * with chart.js, by the tool that fetches them. Importing it there would move the chart colours out
 * of ChartFigure's chunk into one of their own on every chart page of the site (the islands' top-level
 * await keeps Rollup from seeing the module is already loaded), making each of them heavier.
 */
export type WithAlpha = typeof withAlpha;

export function quadrantColor(quadrant: QuadrantId, p: ChartPalette): string {
  return { strategic: p.ok, star: p.accent, status: p.b, streamline: p.c }[quadrant];
}

export function zoneColor(zone: FitCostZone, p: ChartPalette): string {
  return { select: p.ok, consider: p.accent, later: p.c, avoid: p.danger }[zone];
}
