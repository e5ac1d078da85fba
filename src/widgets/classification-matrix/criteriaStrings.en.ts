// English texts of criteriaStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  axisWordAttractiveness: 'customer attractiveness',
  axisWordStrength: 'relative strength',
  errWeights:
    'Not saved: the {axis} weights add up to {total}, not 100. Change them until the total is 100; until then the matrix keeps using your last valid criteria.',
  errInvalidWeight: 'Not saved: the weight of “{name}” must be a number from 0 to 100.',
  errNoCriteria: 'Not saved: the {axis} list needs at least one criterion.',
  errName: 'Not saved: every criterion needs a name ({axis}, criterion {n}).',
  errOther: 'Not saved: the criteria are not valid ({code}).',
} as const;

export default en;
