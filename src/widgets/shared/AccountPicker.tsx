/**
 * The account chooser at the top of the per-account tools (stage diagnosis, uncoupling checklist,
 * account plan…): the portfolio's key accounts first (largest first), the other clients in a
 * group of their own, and a "quick try" entry (`TRY_KEY`) so every tool also works with no
 * portfolio at all. When there are no key accounts yet it points to the portfolio tool.
 *
 * The choice is the session atom `$currentAccount` (src/state/session.ts), so the next tool on the
 * page opens on the same account.
 */
import { useId } from 'preact/hooks';
import './account-toolbar.css';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { $portfolio, $settings } from '../../state/index';
import { $currentAccount } from '../../state/session';
import type { Client, Portfolio } from '../../state/index';
import { TOOL_STRINGS } from './toolStrings';
import { useStored } from './useStored';
import { QUICK_TRY_KEY } from '../../domain/index.ts';

/** The "quick try (no account)" choice; stored work for it is filed under this key (reserved: no client has it). */
export const TRY_KEY = QUICK_TRY_KEY;

const byRevenue = (a: Client, b: Client): number => b.revenue - a.revenue || a.name.localeCompare(b.name);

/** Key accounts (largest first) and the other clients (by name). */
function splitClients(portfolio: Portfolio): { keyAccounts: Client[]; others: Client[] } {
  const keyAccounts = portfolio.clients.filter((c) => c.keyAccount).sort(byRevenue);
  const others = portfolio.clients.filter((c) => !c.keyAccount).sort((a, b) => a.name.localeCompare(b.name));
  return { keyAccounts, others };
}

/**
 * The account a tool should open on: the page's current choice if it still exists, else the one a
 * dashboard link names, else the one used last, else the largest key account, else the quick try.
 */
export function defaultAccountKey(portfolio: Portfolio, current: string | null = $currentAccount.get()): string {
  const usable = (key: string | null | undefined): key is string =>
    typeof key === 'string' && (key === TRY_KEY || portfolio.clients.some((c) => c.key === key));
  if (usable(current)) return current;
  // A link from the dashboard names the account (`?account=…`); else the one used last.
  const linked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('account');
  if (usable(linked)) return linked;
  const last = $settings.get().lastAccount;
  if (usable(last)) return last;
  const { keyAccounts } = splitClients(portfolio);
  return keyAccounts[0]?.key ?? TRY_KEY;
}

/** The display name of an account key (the quick try's translated name for TRY_KEY). */
export function accountName(locale: Locale, portfolio: Portfolio, key: string): string {
  if (key === TRY_KEY) return TOOL_STRINGS[locale].quickTry;
  return portfolio.clients.find((c) => c.key === key)?.name ?? key;
}

interface Props {
  locale: Locale;
  value: string;
  onChange: (key: string) => void;
  /** Overrides the visible label ("Account"). */
  label?: string;
}

export function AccountPicker({ locale, value, onChange, label }: Props) {
  const t = TOOL_STRINGS[locale];
  const id = useId();
  const portfolio = useStored($portfolio);
  const { keyAccounts, others } = splitClients(portfolio);
  const known = value === TRY_KEY || portfolio.clients.some((c) => c.key === value);
  const choose = (key: string) => {
    $currentAccount.set(key);
    onChange(key);
  };
  return (
    <div class="account-picker">
      <label for={`${id}-account`}>{label ?? t.label}</label>
      <select id={`${id}-account`} value={known ? value : TRY_KEY} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}>
        {keyAccounts.length > 0 && (
          <optgroup label={t.keyAccounts}>
            {keyAccounts.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={t.otherClients}>
            {others.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </optgroup>
        )}
        <option value={TRY_KEY}>{t.quickTry}</option>
      </select>
      {keyAccounts.length === 0 && (
        <p class="account-picker-hint muted no-print">
          {t.noKeyAccounts} <a href={localePath(locale, 'tools/portfolio')}>{t.portfolioLink}</a>
        </p>
      )}
    </div>
  );
}

export default AccountPicker;
