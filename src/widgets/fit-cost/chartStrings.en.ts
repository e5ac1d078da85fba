// English texts of chartStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  axisY: 'Business fit (0–10): high at the top',
  axisX: 'Implementation cost (0–10): low on the left, high on the right',
} as const;

export default en;
