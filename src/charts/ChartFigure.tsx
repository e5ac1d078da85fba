import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ChartConfiguration } from 'chart.js';
import type { Locale } from '../i18n/locales';
import type { ChartPalette } from './colors';
import { CHART_STRINGS } from './strings';
import { lazyImport } from '../scripts/lazyImport.ts';
import { FigureTable, type ChartTable } from './FigureTable';
import type { LegendItem } from './draw';
import './charts.css';

interface Props {
  locale: Locale;
  /**
   * Builds the chart.js configuration; called again when the theme changes. It may return a promise:
   * a tool whose configuration code is large fetches it here (lazily), at the same time as chart.js,
   * since neither is needed before the figure scrolls into view.
   */
  config: (palette: ChartPalette, reducedMotion: boolean) => ChartConfiguration | Promise<ChartConfiguration>;
  /** Text alternative: what the chart shows, in a sentence or two. Shown and used as the canvas label. */
  summary: string;
  table: ChartTable;
  /** Re-create the chart when this changes (e.g. the data). */
  dataKey: string;
  height?: 'short' | 'normal' | 'tall' | 'square';
  children?: ComponentChildren;
}

/**
 * A chart with its text summary and data table. chart.js is fetched only when the figure
 * scrolls into view (IntersectionObserver → dynamic import of ./draw and the registry chunk), animation is
 * off when the visitor prefers reduced motion, and the table is always there for screen readers,
 * keyboard users and print.
 */
export function ChartFigure({ locale, config, summary, table, dataKey, height = 'normal', children }: Props) {
  const t = CHART_STRINGS[locale];
  const figure = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const [legend, setLegend] = useState<LegendItem[]>([]);
  const [theme, setTheme] = useState('');
  const configRef = useRef(config);
  configRef.current = config;

  useEffect(() => {
    const node = figure.current;
    if (!node) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    const observer = new MutationObserver(() => setTheme(root.dataset['theme'] ?? ''));
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || !canvas.current) return;
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // chart.js and the configuration (which may be fetched too) load side by side. A configuration
    // that throws fails the figure like a chart.js that cannot load.
    Promise.all([
      lazyImport(() => import('./draw')),
      // The theme's colours are read when the chart is drawn; their code comes with chart.js.
      lazyImport(() => import('./colors')).then(({ readPalette }) => configRef.current(readPalette(), reduced)),
    ])
      .then(([{ drawChart }, cfg]) => {
        if (cancelled || !canvas.current) return;
        const drawn = drawChart(canvas.current, cfg, reduced);
        chart = drawn.chart;
        setLegend(drawn.legend);
        setFailed(false);
        setDrawn(true);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [visible, dataKey, theme]);

  return (
    <figure class="chart-figure" ref={figure} data-chart={failed ? 'failed' : drawn ? 'drawn' : 'waiting'}>
      <div class={`chart-canvas chart-${height}`}>
        <canvas ref={canvas} role="img" aria-label={summary}>
          {summary}
        </canvas>
      </div>
      {legend.length > 0 && (
        <ul class="chart-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <svg width="14" height="14" viewBox="0 0 14 14" focusable="false">
                <rect x="1" y="1" width="12" height="12" rx="2" fill={item.fill} stroke={item.stroke} stroke-width="2" />
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption>
        <p>{summary}</p>
        {failed && <p role="status">{t.failed}</p>}
        {children}
      </figcaption>
      <details class="chart-table">
        <summary>{t.showTable}</summary>
        <FigureTable {...table} />
      </details>
    </figure>
  );
}
