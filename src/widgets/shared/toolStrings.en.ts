// English texts every per-account tool shares (the account picker, undo, a change that was not
// saved, the sample loader), so each is written once. The reference: the Portuguese file is typed by it.
const en = {
  // The account picker
  label: 'Account',
  keyAccounts: 'Key accounts',
  otherClients: 'Other clients',
  quickTry: 'Quick try (no account)',
  noKeyAccounts:
    'You have no key accounts yet. Mark them in the client portfolio tool, or use the quick try (nothing is linked to a client).',
  portfolioLink: 'Open the client portfolio',
  quickTryNote: 'Quick try: what you enter is kept in this browser under “Quick try”, not under a client.',
  // Status line, undo, failed writes, the sample button
  undo: 'Undo',
  loadSample: 'Load sample data',
  loadingSample: 'Loading the sample company…',
  sampleError: 'The sample could not be loaded ({code}). Check that you are online the first time, then try again.',
  notSaved: 'Not saved: {reason}.',
  reasonReadOnly: 'the stored data comes from a newer version of the site',
  reasonHeld: 'the saved data could not be read and must first be downloaded or discarded (see the message above)',
  reasonInvalid: 'the data could not be validated (a text may be too long)',
  reasonConflict: 'another tab saved newer data, which is now shown',
  reasonNotSaved: 'the browser refused to store it (storage full or private mode)',
} as const;

export default en;
