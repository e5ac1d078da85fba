// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  showTable: 'Show the data as a table',
  loading: 'Loading chart…',
  failed: 'The chart could not be drawn; the table below has the same figures.',
} as const;

export default en;
