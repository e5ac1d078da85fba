// English names of the saved-data stores, as the storage notices and the My data page show them.
const en = {
  settings: 'Settings',
  portfolio: 'Client portfolio',
  assessments: 'Account diagnoses, checklists and plans',
  matrixConfig: 'Classification matrix criteria',
  segments: 'Market segments',
  progress: 'Course progress',
  buyingCentres: 'Buying centres',
  costToServe: 'Cost to serve',
  valuePropositions: 'Value propositions',
  accountTeams: 'Account teams',
  accountReviews: 'Account reviews',
  kraljic: 'Buyer’s view (Kraljic)',
} as const;

export default en;
