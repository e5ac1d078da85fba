// English words every tool repeats (undo, cancel, the sample button, a failed export) and the
// words of the small pieces most tools show (the currency note, the import panel's placeholder),
// written once: one chunk instead of one per piece. Small on purpose: it loads on every tool page (a failed write's words are in
// src/widgets/shared/writeStrings.en.ts, loaded only by the tools that write). The Portuguese file is typed by it.
const en = {
  undo: 'Undo',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  loadSample: 'Load sample data',
  loadingSample: 'Loading the sample…',
  sampleFailed: 'The sample could not be loaded ({code}). Check that you are online the first time, then try again.',
  exportFailed: 'The file could not be created in this browser. Nothing was changed; try again.',
  // The currency note under a tool's amounts (shared/CurrencyNote.tsx)
  currencyNote: 'Amounts in {name} ({code}), the currency of your data.',
  currencyUnknown: 'Amounts in {name} ({code}) until your data says otherwise.',
  currencyChange: 'Change it on My data',
  // The import panel while its code loads (import-panel/LazyImportPanel.tsx)
  importLoading: 'Loading the import tool…',
  importFailed: 'The import tool could not be loaded. Reload the page and try again.',
} as const;

export default en;
