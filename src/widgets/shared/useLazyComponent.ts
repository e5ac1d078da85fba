/**
 * A component fetched the first time it is shown (through `lazyImport`, so a chunk gone after a
 * site update is reported and reloaded). Kept per loader once loaded, so the next island that
 * shows it renders it at once. `failed` is true when the code could not be fetched. `lazyComponent`
 * is the component written with it: the fetched one once there, `fallback` (nothing unless given) until then.
 */
import { useEffect, useState } from 'preact/hooks';
import { h } from 'preact';
import type { Attributes, FunctionComponent, VNode } from 'preact';
import { lazyImport } from '../../scripts/lazyImport.ts';

export type LazyLoader<P> = { load: () => Promise<FunctionComponent<P>>; loaded: FunctionComponent<P> | null };

export function lazyLoader<P>(load: () => Promise<FunctionComponent<P>>): LazyLoader<P> {
  return { load, loaded: null };
}

function useLazyComponent<P>(loader: LazyLoader<P>): { Component: FunctionComponent<P> | null; failed: boolean } {
  const [Component, setComponent] = useState<FunctionComponent<P> | null>(() => loader.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Component) return;
    let live = true;
    lazyImport(loader.load)
      .then((component) => {
        loader.loaded = component;
        if (live) setComponent(() => component);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [Component]);
  return { Component, failed };
}

export function lazyComponent<P>(
  loader: LazyLoader<P>,
  fallback: (failed: boolean, props: P) => VNode | null = () => null,
): FunctionComponent<P> {
  return function Lazy(props: P) {
    const { Component, failed } = useLazyComponent(loader);
    return Component ? h(Component, props as P & Attributes) : fallback(failed, props);
  };
}
