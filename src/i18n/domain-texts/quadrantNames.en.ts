/** English: the matrix's quadrant names alone (matrices.en.ts spells them too, with their descriptions; a test holds the two equal). */
import type { QuadrantId } from '../../domain/index.ts';
import type { Texts } from './shape';

const en = { strategic: 'Strategic', star: 'Star', status: 'Status', streamline: 'Streamline' } as const satisfies Record<
  QuadrantId,
  string
>;

export type QuadrantNames = Texts<typeof en>;

export default en;
