// English texts of extrasStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  teamMembers: 'Who is on the team',
  teamName: 'Name',
  teamRole: 'Role',
  teamFunction: 'Function',
  sponsor: 'Executive sponsor: {names}.',
  noSponsor: 'No executive sponsor on the team yet.',
  raciDecision: 'Decision',
  raciA: 'Decides (A)',
  raciR: 'Does it (R)',
  raciC: 'Consulted (C)',
  raciI: 'Informed (I)',
  raciNobody: '—',
  raciEmpty: 'The RACI is not filled in yet (account-team tool).',
  buyerTitle: 'The buyer’s view (Kraljic)',
  buyerIncomplete:
    '{answered} of {total} questions answered in the buyer’s-view tool: the quadrant and the stage cap appear when all six are.',
  buyerQuadrant: 'The customer’s buyer sees what we sell as a {quadrant}.',
  'quadrant.non-critical': 'non-critical item',
  'quadrant.leverage': 'leverage item',
  'quadrant.bottleneck': 'bottleneck item',
  'quadrant.strategic': 'strategic item',
  buyerAxes: 'Profit impact for the buyer: {impact} of 5; supply risk for the buyer: {risk} of 5.',
  buyerCap: 'The relationship this view allows: up to {cap}.',
  buyerClosed: 'Closed while the buyer sees us this way: {stages}.',
  noStage: 'none set',
  'verdict.target-above-cap':
    'The plan’s target stage, {target}, is above what this view allows ({cap}): change the buyer’s view (raise, honestly, the profit impact or the supply risk the buyer feels) or lower the target.',
  'verdict.stage-above-cap':
    'The relationship stands at {stage}, above what this view allows ({cap}). It rests on people and habits: a new buyer or a tender can pull it back.',
  'verdict.uncoupling': 'The relationship is uncoupling: rebuilding starts under this cap ({cap}).',
  'verdict.no-stage': 'The plan sets no current stage: diagnose it to compare it with the cap ({cap}).',
  'verdict.at-cap': 'The relationship stands on the cap ({cap}): the next rung needs the buyer to see us differently first.',
  'verdict.room': 'There is room to climb: the relationship ({stage}) is below the cap ({cap}).',
} as const;

export default en;
