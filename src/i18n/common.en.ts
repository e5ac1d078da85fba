// English words every tool repeats (undo, cancel, the sample button, a failed write or export) and the
// words of the small pieces most tools show (the currency note, the import panel's placeholder),
// written once: one chunk instead of one per piece. Small on purpose: it loads on every tool page. The Portuguese file is typed by it.
const en = {
  undo: 'Undo',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  loadSample: 'Load sample data',
  loadingSample: 'Loading the sample…',
  sampleFailed: 'The sample could not be loaded ({code}). Check that you are online the first time, then try again.',
  exportFailed: 'The file could not be created in this browser. Nothing was changed; try again.',
  // A write the storage refused (shared/writeProblem.ts): "Not saved: <reason>." then what is kept
  notSaved: 'Not saved: {reason}.',
  keptOnPage: 'Your changes are kept on this page only.',
  'reason.read-only': 'the stored data comes from a newer version of the site',
  'reason.held': 'the saved data could not be read and must first be downloaded or discarded (see the message above)',
  'reason.invalid': 'the data could not be validated (a text may be too long)',
  'reason.conflict': 'another tab saved newer data, which is now shown',
  'reason.not-saved': 'the browser refused to store it (storage full or private mode)',
  // The currency note under a tool's amounts (shared/CurrencyNote.tsx)
  currencyNote: 'Amounts in {name} ({code}), the currency of your data.',
  currencyUnknown: 'Amounts in {name} ({code}) until your data says otherwise.',
  currencyChange: 'Change it on My data',
  // The import panel while its code loads (import-panel/LazyImportPanel.tsx)
  importLoading: 'Loading the import tool…',
  importFailed: 'The import tool could not be loaded. Reload the page and try again.',
  // A print button the browser refused (shared/PrintButton.tsx)
  printFailed: 'The page could not be printed ({detail}). Use your browser’s own Print command (Ctrl+P, or ⌘P on a Mac).',
} as const;

export default en;
