/**
 * Whether a write was refused (read-only, held, another tab…) rather than only not kept across
 * reloads ('not-saved': the change stands for this visit, so the tools do not report it).
 */
import type { WriteResult } from '../../state/index.ts';

export const refused = (r: WriteResult): boolean => !r.ok && r.reason !== 'not-saved';
