/**
 * What editing the criteria needs (criteriaEditing.ts: the check that puts the domain's rules into
 * words, and the reading of typed weights), fetched when first needed: when the user starts editing
 * the criteria (focus, a button), or after hydration when the stored criteria are not the defaults
 * (the defaults are valid, so a first visit never needs it). Until it is there, an edit is kept and
 * checked the moment it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { lazyImport } from '../../scripts/lazyImport.ts';

export type CriteriaKit = typeof import('./criteriaEditing');

let loaded: CriteriaKit | null = null;

/** `kit` once fetched (null until then); `load` fetches it (at once when it is there). */
export function useCriteriaKit(needed: boolean) {
  const [kit, setKit] = useState<CriteriaKit | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  const load = (): Promise<CriteriaKit> =>
    lazyImport(() => import('./criteriaEditing')).then(
      (m) => {
        loaded = m;
        setKit(() => m);
        setFailed(false);
        return m;
      },
      (error: unknown) => {
        setFailed(true);
        throw error;
      },
    );
  useEffect(() => {
    if (needed && !kit) load().catch(() => undefined);
  }, [needed, kit]);
  return { kit, failed, load };
}
