/** Field shapes shared by several stores' schemas. */
import { z } from '../../domain/zod';
import { isIsoDate } from '../../domain/index.ts';

export const shortText = z.string().check(z.maxLength(500));
export const isoDate = z.string().check(z.refine(isIsoDate, { message: 'expected yyyy-mm-dd' }));
/** A date or a full ISO timestamp (what `new Date().toISOString()` gives). */
export const dateText = z.string().check(z.minLength(1), z.maxLength(40));
export const id = z.string().check(z.minLength(1), z.maxLength(600));
export const score10 = z.number().check(z.gte(0), z.lte(10));
/** A record key: never `__proto__` (zod builds records by assignment; see safety.ts). */
export const recordKey = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.refine((k) => k !== '__proto__', { message: 'reserved key' }));
