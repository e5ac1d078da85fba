// English texts of csvStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  fileMatrix: 'classification-matrix',
  fileCriteria: 'classification-criteria',
  csvAxis: 'Axis',
  csvCriterion: 'Criterion',
  csvWeight: 'Weight (%)',
} as const;

export default en;
