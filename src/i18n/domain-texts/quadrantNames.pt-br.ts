/** Português: the matrix's quadrant names alone. Typed by the English names (a missing entry is a type error). */
import type { QuadrantNames } from './quadrantNames.en';

const ptBr: QuadrantNames = { strategic: 'Estratégico', star: 'Estrela', status: 'Status', streamline: 'Streamline' };

export default ptBr;
