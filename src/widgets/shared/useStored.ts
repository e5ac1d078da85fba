/**
 * `useStored(store)`: read a persisted store in an island without a hydration mismatch.
 *
 * The server renders every island with the store's default (there is no browser storage there). On the
 * client the store already holds the saved value when the island hydrates; rendering it immediately
 * would let Preact patch the text but leave attributes (aria-pressed, checked, class) stale
 * (stack-notes §3, VERIFIED). So the first client render uses the same default as the server, and
 * the saved value follows right after hydration, updating text and attributes alike.
 */
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/** Any store with a server-side default: every persisted store (`$portfolio`, `$settings`…). */
export type StoreWithDefault<T> = ReadableAtom<T> & { readonly defaultValue: T };

export function useStored<T>(store: StoreWithDefault<T>): T {
  return useStore(store, { ssr: () => store.defaultValue });
}

/**
 * For stores that are not persisted and are the same on server and client at first render
 * (e.g. `$storageStatus`, which starts empty everywhere).
 */
export function useLive<T>(store: ReadableAtom<T>, serverValue: T): T {
  return useStore(store, { ssr: () => serverValue });
}
