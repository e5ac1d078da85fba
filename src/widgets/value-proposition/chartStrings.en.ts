// English texts of chartStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  chartTitle: 'Value created against the price premium',
  chartSummary: 'Value created beyond price {created}, premium asked {premium}, net to the customer {net}.',
  chartCaption: 'Value in use per year, by category, and its split',
  colItem: 'Item',
  colAmount: 'Per year',
  series: 'Per year',
};

export default en;
