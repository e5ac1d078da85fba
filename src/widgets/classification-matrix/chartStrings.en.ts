// English texts of chartStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  axisY: 'Customer attractiveness (0–10): high at the top, low at the bottom',
  axisX: 'Your relative strength (0–10): HIGH on the left, low on the right',
} as const;

export default en;
