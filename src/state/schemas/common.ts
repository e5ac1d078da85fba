/** Field shapes shared by several stores' schemas. */
import * as v from 'valibot';
import { isIsoDate } from '../../domain/index.ts';

export const shortText = v.pipe(v.string(), v.maxLength(500));
export const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'expected yyyy-mm-dd'));
/** A date or a full ISO timestamp (what `new Date().toISOString()` gives). */
export const dateText = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(600));
export const score10 = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10));
/** A record key: never `__proto__` (see storedKeys.ts). */
export const recordKey = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(max),
    v.check((k) => k !== '__proto__', 'reserved key'),
  );
