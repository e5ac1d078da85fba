// English texts of demoStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  demoTitle: 'You are exploring the sample company',
  demoText:
    'Your own data is set aside, untouched, while you explore. Backup, restore and reset act on your own data only: go back to it to use them. The sample’s work stays here for your next visit.',
  demoLeave: 'Back to my data',
} as const;

export default en;
