// English words of the DPM's parts fetched later (laterStrings.ts): the chart's axes and legend (with
// chart.js), the CSV file's name (on export) and the sample's segment names (on loading the sample).
// The reference: the Portuguese file is typed by it.
const en = {
  axisY: 'Segment attractiveness (0–10): high at the top, low at the bottom',
  axisX: 'Your competitive strength (0–10): HIGH on the left, low on the right',
  legendNow: 'Now (filled)',
  legend3: 'In three years (hollow)',
  fileName: 'directional-policy-matrix',
  sampleRestaurants: 'Restaurants',
  sampleHotels: 'Hotels',
  sampleHospitals: 'Hospitals',
  sampleSupermarkets: 'Supermarkets',
  sampleSchools: 'Schools',
} as const;

export default en;
