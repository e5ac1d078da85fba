/**
 * A small tooltip for our charts, registered under chart.js's own id `tooltip` so the widgets'
 * `options.plugins.tooltip.callbacks` (title, label) work unchanged. chart.js's Tooltip plugin
 * costs about 5 KB gzipped, which would put the chart chunk over its 55 KB budget; this one draws
 * a plain box for the active points (hover via chart.js's core, or keyboard focus through
 * `chart.setActiveElements`). The data table under every chart remains the accessible source.
 */
import type { ActiveElement, Chart, ChartDataset, Plugin } from 'chart.js';

interface TooltipItem {
  chart: Chart;
  dataset: ChartDataset;
  datasetIndex: number;
  dataIndex: number;
  raw: unknown;
  parsed: unknown;
  label: string;
  formattedValue: string;
}
interface TooltipOptions {
  enabled?: boolean;
  callbacks?: {
    title?: (items: TooltipItem[]) => string | string[];
    label?: (item: TooltipItem) => string | string[];
  };
}

function formatRaw(raw: unknown): string {
  if (typeof raw === 'number') return raw.toLocaleString();
  if (raw && typeof raw === 'object') {
    const point = raw as { x?: unknown; y?: unknown };
    if (typeof point.y === 'number') return point.y.toLocaleString();
  }
  return String(raw ?? '');
}

function item(chart: Chart, active: ActiveElement): TooltipItem | null {
  const dataset = chart.data.datasets[active.datasetIndex];
  if (!dataset) return null;
  const raw = dataset.data[active.index];
  const label = String(chart.data.labels?.[active.index] ?? '');
  const meta = chart.getDatasetMeta(active.datasetIndex);
  const parsed = (meta.controller as unknown as { getParsed?(i: number): unknown }).getParsed?.(active.index) ?? raw;
  return { chart, dataset, datasetIndex: active.datasetIndex, dataIndex: active.index, raw, parsed, label, formattedValue: formatRaw(raw) };
}

const lines = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export const kamTooltip: Plugin<'bar' | 'line' | 'scatter' | 'bubble', TooltipOptions> = {
  id: 'tooltip',
  afterInit(chart) {
    // The matrix widgets show a point's details when its row gets keyboard focus.
    (chart as unknown as { tooltip: { setActiveElements(active: { datasetIndex: number; index: number }[]): void } }).tooltip = {
      setActiveElements: (active) => chart.setActiveElements(active),
    };
  },
  afterDraw(chart, _args, options) {
    if (options?.enabled === false) return;
    const items = chart
      .getActiveElements()
      .map((a) => item(chart, a))
      .filter((i): i is TooltipItem => i !== null);
    const first = items[0];
    const anchor = chart.getActiveElements()[0]?.element;
    if (!first || !anchor) return;
    const title = options?.callbacks?.title ? lines(options.callbacks.title(items)) : first.label ? [first.label] : [];
    const body = items.flatMap((i) =>
      options?.callbacks?.label
        ? lines(options.callbacks.label(i))
        : [`${i.dataset.label ? `${i.dataset.label}: ` : ''}${i.formattedValue}`],
    );
    const text = [...title, ...body].filter((l) => l !== '');
    if (text.length === 0) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '14px system-ui, sans-serif';
    const pad = 8;
    const lineHeight = 18;
    const width = Math.max(...text.map((l) => ctx.measureText(l).width)) + pad * 2;
    const height = text.length * lineHeight + pad * 2 - 4;
    let x = anchor.x + 12;
    let y = anchor.y - height - 8;
    if (x + width > chartArea.right) x = anchor.x - width - 12;
    if (x < chartArea.left) x = chartArea.left;
    if (y < chartArea.top) y = anchor.y + 12;
    ctx.fillStyle = 'rgba(20, 24, 30, 0.92)';
    ctx.beginPath();
    ctx.roundRect(x, y, width, height, 6);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.textBaseline = 'top';
    text.forEach((line, index) => {
      ctx.font = index < title.length ? '600 14px system-ui, sans-serif' : '14px system-ui, sans-serif';
      ctx.fillText(line, x + pad, y + pad + index * lineHeight);
    });
    ctx.restore();
  },
};
