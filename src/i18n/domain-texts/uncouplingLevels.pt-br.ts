/** Português: the uncoupling risk levels' names alone. Typed by the English names (a missing entry is a type error). */
import type { UncouplingLevelNames } from './uncouplingLevels.en';

const ptBr: UncouplingLevelNames = { low: 'Risco baixo', medium: 'Risco médio', high: 'Risco alto' };

export default ptBr;
