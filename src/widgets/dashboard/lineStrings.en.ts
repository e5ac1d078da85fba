// English texts of lineStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  propositionTitle: 'Value propositions',
  propositionLine:
    'value proposition: {factors} critical success {factors:factor|factors}, value in use {value} a year, {focus} {focus:point|points} in the resonating focus.',
  propositionNone: 'no value proposition yet: build it in the value-proposition tool.',
  teamTitle: 'Account teams',
  teamNoSponsor: 'no executive sponsor on its team.',
  teamOverManager: 'its manager ({list}) carries more key accounts than {limit}.',
} as const;

export default en;
