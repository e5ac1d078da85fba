/** English: the uncoupling risk levels' names alone (uncoupling.en.ts spells them too, with the causes and indicators; a test holds the two equal). */
import type { UncouplingLevel } from '../../domain/index.ts';
import type { Texts } from './shape';

const en = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' } as const satisfies Record<UncouplingLevel, string>;

export type UncouplingLevelNames = Texts<typeof en>;

export default en;
