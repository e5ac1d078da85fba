/**
 * The criteria check (criteriaProblem.ts: the domain's rules, put into words), fetched when first
 * needed: when the user starts editing the criteria (focus, a button), or after hydration when the
 * stored criteria are not the defaults (the defaults are valid, so a first visit never needs it).
 * Until it is there, an edit is kept as a draft and checked the moment it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import type { criteriaProblem } from './criteriaProblem';
import { lazyImport } from '../../scripts/lazyImport.ts';

export type CriteriaCheck = typeof criteriaProblem;

let loaded: CriteriaCheck | null = null;

/** `check` once fetched (null until then); `load` fetches it (at once when it is there). */
export function useCriteriaCheck(needed: boolean) {
  const [check, setCheck] = useState<CriteriaCheck | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  const load = (): Promise<CriteriaCheck> =>
    lazyImport(() => import('./criteriaProblem')).then(
      (m) => {
        loaded = m.criteriaProblem;
        setCheck(() => m.criteriaProblem);
        setFailed(false);
        return m.criteriaProblem;
      },
      (error: unknown) => {
        setFailed(true);
        throw error;
      },
    );
  useEffect(() => {
    if (needed && !check) load().catch(() => undefined);
  }, [needed, check]);
  return { check, failed, load };
}
