// English texts of sampleStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  sampleLoaded: 'Sample loaded: {account} is diagnosed with example answers. Change any answer to see the result move.',
};

export default en;
