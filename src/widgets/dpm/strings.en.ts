// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  intro:
    'The directional policy matrix (created at Shell; this is McDonald’s version for marketing planning) works with your main segments. Each segment is a bubble placed by how attractive it is and by how strong you are in it, with an area proportional to its revenue; a hollow bubble shows where it should be in three years, and the arrow shows the direction.',
  empty: 'No segment yet. Add your main segments below, or load the sample distributor’s five segments.',
  sampleLoaded: 'Sample loaded: {n} {n:segment|segments}.',
  segmentsLoading: 'Loading your segments…',
  segmentsFailed: 'Your segments could not be shown. Check your connection and reload the page.',
  editorTitle: '1. Your segments',
  editorHelp:
    'Revenue now and expected in three years, and scores from 0 to 10 for the segment’s attractiveness and your strength in it, now and in three years. Changes save as you type.',
  colSegment: 'Segment',
  colRevenueNow: 'Revenue now',
  colRevenue3: 'Revenue in 3 years',
  colANow: 'Attractiveness now',
  colSNow: 'Strength now',
  colA3: 'Attractiveness in 3 years',
  colS3: 'Strength in 3 years',
  colGrowth: 'Growth per year',
  colQuadrantNow: 'Position now',
  colQuadrant3: 'Position in 3 years',
  colDirection: 'Direction',
  unnamed: 'Segment {n}',
  newSegmentName: '',
  addSegment: 'Add a segment',
  removed: 'Removed “{segment}”.',
  moneyError: 'Revenue must be a number of 0 or more: “{segment}”, {field}.',
  scoreError: 'Scores go from 0 to 10: “{segment}”, {field}.',
  chartTitle: '2. The matrix, now and in three years',
  orientationNote:
    'As in McDonald’s version of the matrix, high strength is on the left (Shell’s original put sector prospects across and competitive capability up). Filled bubble = now, hollow bubble = in three years; bubble area is proportional to revenue, on the same scale for both.',
  summaryEmpty: 'No segment yet, so the matrix is empty.',
  tableCaption: 'Segments now and in three years (from the directional policy matrix)',
  pointsTitle: 'Each segment on the chart (focus one to see it on the chart)',
  meaningsTitle: 'What each area means for a segment',
  meaningStrategic: 'Attractive, and you are strong: invest for growth; put your key account effort here.',
  meaningStar: 'Attractive, but you are weak: invest selectively to build your position, or leave.',
  meaningStatus: 'Less attractive, you are strong: maintain; serve efficiently and protect the margin.',
  meaningStreamline: 'Less attractive, you are weak: manage for cash; cut cost to serve or withdraw.',
  exportTitle: 'Export',
  exportTable: 'Download the segments table (CSV)',
} as const;

export default en;
