/**
 * The one place chart.js is imported and registered, with only the parts our charts use
 * (bars, lines, points, bubbles, scatter, linear and category axes) plus our own small tooltip
 * (./tooltip.ts). chart.js's Tooltip and Legend plugins would put this chunk over its 55 KB gzipped
 * budget; the legend is plain HTML instead (drawn by ./draw.ts, shown by ChartFigure), which also reads and zooms better.
 * Importing `chart.js/auto` anywhere would pull every controller into this chunk for every
 * chart island, so nothing else in the code base imports chart.js at run time.
 * This module is only ever loaded with a dynamic import, when a chart scrolls into view.
 */
import {
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { kamTooltip } from './tooltip';

Chart.register(
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  kamTooltip as Plugin,
);
// Chart.js draws 12 px labels in its own font stack: too small to read on a phone next to 16-18 px
// text. Axis ticks, titles and legends follow the site's system font at 14 px.
Chart.defaults.font.size = 14;
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

export { Chart };
export type { ChartConfiguration, Plugin };
