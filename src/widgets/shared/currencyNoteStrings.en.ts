// English texts of currencyNoteStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  note: 'Amounts in {name} ({code}), the currency of your data.',
  unknown: 'Amounts in {name} ({code}) until your data says otherwise.',
  change: 'Change it on My data',
} as const;

export default en;
