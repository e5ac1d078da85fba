/**
 * The period bar, fetched when first shown. It only appears once the portfolio has clients, which
 * the server-rendered page never has (stored data arrives after hydration), so loading it on demand
 * costs the user nothing and keeps its code and words out of every tool page's first download.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type { PeriodBar as Bar } from './PeriodBar.tsx';
import { lazyImport } from '../../scripts/lazyImport.ts';

type Props = ComponentProps<typeof Bar>;
let loaded: FunctionComponent<Props> | null = null;

export function LazyPeriodBar(props: Props) {
  const [Component, setComponent] = useState<FunctionComponent<Props> | null>(() => loaded);
  useEffect(() => {
    if (Component) return;
    let live = true;
    lazyImport(() => import('./PeriodBar.tsx'))
      .then((module) => {
        loaded = module.PeriodBar;
        if (live) setComponent(() => module.PeriodBar);
      })
      // Offline before the site was cached: the figures still show, without the period controls.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [Component]);
  return Component ? <Component {...props} /> : <div class="period-bar-placeholder" aria-hidden="true" />;
}
