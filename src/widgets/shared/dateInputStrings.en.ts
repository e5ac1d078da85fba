// English texts of dateInputStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  /** What the empty field shows: the pattern to type. */
  pattern: 'yyyy-mm-dd',
  /** Read after the field's label (aria-describedby). */
  hint: 'Date as yyyy-mm-dd, for example 2026-03-31. Arrow keys move it by a day.',
  notADate: '“{text}” is not a date. Write it as yyyy-mm-dd, for example 2026-03-31.',
  impossible: '{text} does not exist in the calendar (no such day in that month).',
  shortYear: 'Write the year with four digits, for example 2026-03-31.',
} as const;

export default en;
