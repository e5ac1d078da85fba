/**
 * `useAccountTool()`: the skeleton every per-account tool shares (stage diagnosis, uncoupling
 * checklist, account plan), written once:
 * - the account: opens on `defaultAccountKey` (the page's current account, a dashboard link, the
 *   last one used, the largest key account) until the user chooses; a choice is shared with the
 *   other tools through the session atom `$currentAccount`;
 * - the status line (`useWriteStatus`): information, errors, the undo of the last destructive
 *   action (a new status, or another account, drops it), failed writes put into words;
 * - the busy state of "load sample data", with its loading and failure messages.
 * The tool keeps only what is its own (its draft, its sample data, its layout).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import type { Portfolio, WriteResult } from '../../state/index';
import { $currentAccount } from '../../state/session';
import { TRY_KEY, accountName, defaultAccountKey } from './AccountPicker';
import type { SampleAccounts, loadSampleAccounts } from '../../samples/loaders';
import { lazyImport } from '../../scripts/lazyImport';
import type { Status, StatusTone } from './StatusRegion';
import { useWriteStatus } from './useWriteStatus';
import type { WriteThen } from './useWriteStatus';

export type SampleReady = Extract<SampleAccounts, { ok: true }>;
export type SampleTool = Parameters<typeof loadSampleAccounts>[1];

export interface AccountToolOptions {
  locale: Locale;
  /** The portfolio the tool shows (the account plan passes its period view). */
  portfolio: Portfolio;
  /** The tool's sentence after "Not saved: …" ("Your answers are kept on this page only."). */
  kept: string;
  /** Runs before the account changes or a sample loads (the plan writes its pending edit). */
  beforeLeave?: () => void;
}

export interface AccountTool {
  /** The open account's key (`TRY_KEY` for the quick try) and display name. */
  account: string;
  name: string;
  /** The user picked an account: it opens, the status is cleared. */
  choose: (key: string) => void;
  /** The tool opens an account itself (after loading the sample); the status stays. */
  open: (key: string) => void;
  status: Status | null;
  say: (text: string, tone?: StatusTone) => void;
  clear: () => void;
  /** Reports a write (`useWriteStatus`). */
  report: (result: WriteResult, then?: WriteThen) => boolean;
  /** Reports an edit's write: saved, the status (and the undo it offered) goes; else as `report`. */
  reportEdit: (result: WriteResult) => boolean;
  busy: boolean;
  /** "Load sample data": key accounts made ready in the demo workspace, then `onReady` fills the tool's part. */
  loadSample: (tool: SampleTool, onReady: (ready: SampleReady) => void) => Promise<void>;
  /**
   * "Load sample data" for a tool that keeps one entry per account: the sample's entries (fetched
   * with the tool's sample module) are written for the accounts that have none yet — the learner's
   * own entry for an account is never replaced — then the lesson's account opens and the outcome is said.
   */
  seedSample: <M, T>(tool: SampleTool, seed: SampleSeed<M, T>) => void;
}

export type SampleSeed<M, T> = {
  /** The tool's sample module, fetched through `lazyImport` (a site update must not break an open page). */
  load: () => Promise<M>;
  entries: (module: M, ready: SampleReady) => readonly { key: string; value: T }[];
  has: (key: string) => boolean;
  write: (key: string, value: T) => WriteResult;
  /** The words said once loaded, given the opened account's name. */
  readyText: (account: string) => string;
  /** Runs after the entries are written, before the outcome is said. */
  done?: () => void;
};

export function useAccountTool({ locale, portfolio, kept, beforeLeave }: AccountToolOptions): AccountTool {
  const c = COMMON[locale];
  const [account, setAccount] = useState(TRY_KEY);
  const chosen = useRef(false);
  const { status, say, clear, report } = useWriteStatus(locale, kept);
  const [busy, setBusy] = useState(false);

  // After hydration (and while the user has not chosen): the page's current account or the default.
  useEffect(() => {
    if (!chosen.current) setAccount(defaultAccountKey(portfolio));
  }, [portfolio]);

  const open = (key: string) => {
    beforeLeave?.();
    chosen.current = true;
    setAccount(key);
    $currentAccount.set(key);
  };

  async function loadSample(tool: SampleTool, onReady: (ready: SampleReady) => void) {
    beforeLeave?.();
    setBusy(true);
    say(c.loadingSample);
    // The sample's loaders are fetched on the click: a tool page does not ship them before.
    const ready: SampleAccounts = await lazyImport(() => import('../../samples/loaders')).then(
      (loaders) => loaders.loadSampleAccounts(locale, tool),
      () => ({ ok: false, code: 'network' }),
    );
    setBusy(false);
    if (!ready.ok) {
      say(fill(c.sampleFailed, { code: ready.code }), 'error');
      return;
    }
    chosen.current = true;
    onReady(ready);
  }

  function seedSample<M, T>(tool: SampleTool, seed: SampleSeed<M, T>) {
    void loadSample(tool, (ready) => {
      void seed.load().then(
        (module) => {
          let failed: WriteResult | null = null;
          for (const { key, value } of seed.entries(module, ready)) {
            if (seed.has(key)) continue;
            const result = seed.write(key, value);
            if (!result.ok) failed ??= result;
          }
          const first = ready.lessonAccount;
          if (first) open(first.key);
          seed.done?.();
          report(failed ?? { ok: true }, { text: seed.readyText(first?.name ?? accountName(locale, portfolio, account)) });
        },
        () => say(fill(c.sampleFailed, { code: 'network' }), 'error'),
      );
    });
  }

  return {
    account,
    name: accountName(locale, portfolio, account),
    choose: (key) => {
      open(key);
      clear();
    },
    open,
    status,
    say,
    clear,
    report,
    reportEdit: (result) => {
      if (result.ok) clear();
      return report(result);
    },
    busy,
    loadSample,
    seedSample,
  };
}
