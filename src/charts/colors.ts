/** Chart colours come from the page's CSS variables, so charts follow the light/dark theme. */
export interface ChartPalette {
  fg: string;
  muted: string;
  grid: string;
  accent: string;
  a: string;
  b: string;
  c: string;
  ok: string;
  warn: string;
  danger: string;
  bg: string;
}

export function readPalette(): ChartPalette {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', '#1b1f24'),
    muted: v('--fg-muted', '#4a5460'),
    grid: v('--border', '#c9d0d9'),
    accent: v('--accent', '#0b5cad'),
    a: v('--class-a', '#0b5cad'),
    b: v('--class-b', '#b86e00'),
    c: v('--class-c', '#6b7280'),
    ok: v('--ok', '#176b35'),
    warn: v('--warn', '#8a4b00'),
    danger: v('--danger', '#b3261e'),
    bg: v('--bg', '#ffffff'),
  };
}

/** A colour with an alpha channel, for fills (accepts #rgb / #rrggbb). */
export function withAlpha(hex: string, alpha: number): string {
  const m = hex.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (!m || !m[1]) return hex;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const n = Number.parseInt(h, 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
