// English texts of lazyStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  loading: 'Loading the import tool…',
  failed: 'The import tool could not be loaded. Reload the page and try again.',
  open: 'Import a file or paste from a spreadsheet',
} as const;

export default en;
