// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  region: 'Messages about your saved data',
  dismiss: 'Dismiss this message',
  'notSaved.title': 'Not saved',
  'notSaved.text': 'Your latest changes to {stores} are only in this page and will be lost when you close it.',
  'notSaved.action': 'Export a backup now',
  'reason.quota': 'The browser’s storage space for this site is full.',
  'reason.security': 'The browser blocks storage for this site (privacy settings or a private window).',
  'reason.unavailable': 'This browser gives the site no storage.',
  'reason.unverified': 'The browser did not keep what was written.',
  'reason.unknown': 'The browser refused to save.',
  'unavailable.title': 'Your work cannot be saved in this browser',
  'unavailable.text': 'Everything works, but nothing you enter will be kept after you close the page. Export a backup before you leave.',
  'quarantined.title': 'Some saved data could not be read',
  'quarantined.text':
    '{store}: what was saved is damaged or in an unknown format. We kept a copy of it and started this part empty, so nothing else is affected.',
  'quarantined.action': 'Download the kept copy',
  'quarantined.memoryOnly':
    'The copy could not be stored and is kept only until you close this page. Until you download it (or discard it), this part cannot be changed, so nothing overwrites it.',
  'quarantined.discard': 'Discard the copy',
  'quarantined.discardConfirm': 'Discard the damaged data for good? It cannot be recovered afterwards.',
  'quarantined.released': 'Copy downloaded: this part can be changed again.',
  'quarantined.gone': 'The kept copy is no longer available.',
  'readOnly.title': 'Saved by a newer version of this site',
  'readOnly.text':
    '{store} was saved by a newer version of KAM Academy. This page shows it read-only and will not change it. Reload the page to get the newer version.',
  'conflict.title': 'Changed in another tab',
  'conflict.text':
    '{store} was changed in another tab or window. This page now shows the latest version; your last change here was not applied, so please make it again.',
  'backup.failed': 'The backup file could not be created. Try again, or copy your data from the My data page.',
} as const;

export default en;
