/**
 * The one place chart.js is imported and registered, with only the parts our charts use
 * (bars, lines, points, bubbles, scatter, linear and category axes) plus our own small tooltip
 * (./tooltip.ts). chart.js's Tooltip and Legend plugins would put this chunk over its 55 KB gzipped
 * budget; the legend is plain HTML instead (ChartFigure), which also reads and zooms better.
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

export { Chart };
export type { ChartConfiguration, Plugin };
