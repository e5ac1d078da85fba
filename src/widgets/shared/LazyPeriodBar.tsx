/**
 * The period bar, fetched when first shown. It only appears once the portfolio has clients, which
 * the server-rendered page never has (stored data arrives after hydration), so loading it on demand
 * costs the user nothing and keeps its code and words out of every tool page's first download.
 * Offline before the site was cached, the figures still show, without the period controls.
 */
import type { ComponentProps } from 'preact';
import type { PeriodBar as Bar } from './PeriodBar.tsx';
import { lazyLoader, useLazyComponent } from './useLazyComponent.ts';

type Props = ComponentProps<typeof Bar>;
const periodBar = lazyLoader<Props>(() => import('./PeriodBar.tsx').then((m) => m.PeriodBar));

export function LazyPeriodBar(props: Props) {
  const { Component } = useLazyComponent(periodBar);
  return Component ? <Component {...props} /> : <div class="period-bar-placeholder" aria-hidden="true" />;
}
