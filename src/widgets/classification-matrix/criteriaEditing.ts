/**
 * What editing the criteria needs beyond showing them, fetched together when editing starts
 * (criteriaCheck.ts): the check of a configuration and the reading and stepping of a typed weight.
 */
export { criteriaProblem } from './criteriaProblem';
export { parseTyped } from '../matrix-kit/readTyped';
export { stepOnArrow } from '../shared/stepInput.ts';
