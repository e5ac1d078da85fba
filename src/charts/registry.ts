/**
 * The one place chart.js is imported and registered, with only the parts our charts use
 * (bars, lines, points, bubbles, scatter, linear and category axes, tooltip, legend).
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
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
);

export { Chart };
export type { ChartConfiguration, Plugin };
