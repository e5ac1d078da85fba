// English texts of the account picker every per-account tool shares (undo, failed writes and the
// sample button are in src/i18n/common.en.ts). The reference: the Portuguese file is typed by it.
const en = {
  label: 'Account',
  keyAccounts: 'Key accounts',
  otherClients: 'Other clients',
  quickTry: 'Quick try (no account)',
  noKeyAccounts:
    'You have no key accounts yet. Mark them in the client portfolio tool, or use the quick try (nothing is linked to a client).',
  portfolioLink: 'Open the client portfolio',
  quickTryNote: 'Quick try: what you enter is kept in this browser under “Quick try”, not under a client.',
} as const;

export default en;
