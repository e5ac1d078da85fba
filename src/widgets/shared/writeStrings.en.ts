// English words of a write the storage refused (writeProblem.ts): "Not saved: <reason>." then what
// is kept (keptOnPage or the tool's own words). The Portuguese file is typed by it.
const en = {
  notSaved: 'Not saved: {reason}.',
  keptOnPage: 'Your changes are kept on this page only.',
  reasonReadOnly: 'the stored data comes from a newer version of the site',
  reasonHeld: 'the saved data could not be read and must first be downloaded or discarded (see the message above)',
  reasonInvalid: 'the data could not be validated (a text may be too long)',
  reasonConflict: 'another tab saved newer data, which is now shown',
  reasonNotSaved: 'the browser refused to store it (storage full or private mode)',
} as const;

export default en;
