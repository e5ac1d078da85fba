// English texts every tool shares (undo, a change that was not saved, the sample loader), so each
// is written once. The reference: the Portuguese file is typed by it.
const en = {
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
