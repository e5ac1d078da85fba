/**
 * The period bar, fetched when first shown. It only appears once the portfolio has clients, which
 * the server-rendered page never has (stored data arrives after hydration), so loading it on demand
 * costs the user nothing and keeps its code and words out of every tool page's first download.
 * Offline before the site was cached, the figures still show, without the period controls.
 */
import type { ComponentProps } from 'preact';
import type { PeriodBar as Bar } from './PeriodBar.tsx';
import { lazyComponent, lazyLoader } from './useLazyComponent.ts';

type Props = ComponentProps<typeof Bar>;
export const LazyPeriodBar = lazyComponent(
  lazyLoader<Props>(() => import('./PeriodBar.tsx').then((m) => m.PeriodBar)),
  () => <div class="period-bar-placeholder" aria-hidden="true" />,
);
