// English texts of csvStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  colKeyAccount: 'Key account',
  yes: 'yes',
  no: 'no',
  fileName: 'fit-vs-cost',
} as const;

export default en;
