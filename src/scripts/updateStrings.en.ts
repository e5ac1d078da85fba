// English texts of updateReload.ts (the reference: the Portuguese file is typed by it). Loaded with
// that module after the page, so they cost no page its first download.
const en = {
  reloading: 'KAM Academy was updated: reloading the page to use the new version. Your saved work stays.',
} as const;

export default en;
