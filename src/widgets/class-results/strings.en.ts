// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  intro:
    'Import your participants’ “workshop results” files to see the whole class. The files are read on this computer only: nothing is uploaded, and nothing is kept after you leave or reload this page.',
  fileLabel: 'Choose results files (you can select many at once)',
  dropTitle: 'Or drop the files here',
  dropHint: 'Drag every participant’s .json file onto this area at once.',
  dropActive: 'Release to import the files',
  reading: 'Reading {n} {n:file|files}…',
  importedSummary: '{ok} {ok:file|files} imported, {bad} rejected, {dup} {dup:duplicate|duplicates}.',
  rejectedTitle: 'Files that could not be used',
  duplicatesTitle: 'Duplicates (not counted twice)',
  fileCol: 'File',
  reasonCol: 'Reason',
  dupSame: 'The same export as “{kept}”, imported again.',
  dupOlder: 'An older export of {participant}; the newer “{kept}” is counted.',
  errEmpty: 'The file is empty.',
  errTooLarge: 'The file is too large to be a results file.',
  errNotJson: 'The file is not readable JSON (it may be damaged or not a results file).',
  errHostile: 'The file contains unsafe content and was refused.',
  errBackup: 'This is a full backup of someone’s data (from “My data”), not a workshop results file.',
  errNotResults: 'This is not a KAM Academy workshop results file.',
  errNewer: 'The file was made by a newer version of the site; update this page (reload while online) and try again.',
  errInvalid: 'The file is damaged or was edited: “{path}” is not valid.',
  errRead: 'The file could not be read.',
  emptyState: 'No results yet. Import the files your participants exported at the end of the workshop.',
  cleared: 'All results were cleared.',
  restored: 'The results are back.',
  viewFailed: 'The results could not be shown: part of this page could not be loaded. Reload the page and import the files again.',
} as const;

export default en;
