/**
 * The one door to the validator of the code that runs in the browser (domain and state): valibot,
 * whose functions tree-shake to ~3 KB gzipped for our schemas where zod/mini took ~8.5 KB on every
 * page with a tool (measured with esbuild on the same schema shapes; the budget for such a page is
 * 35 KB of JS). Build-time content schemas stay on Astro's zod (src/content.config.ts, src/course).
 *
 * Schemas are written with valibot directly (`v.object`, `v.pipe(v.string(), v.maxLength(n))`);
 * numbers are `finiteNumber()` so Infinity is refused before a write, as JSON would turn it into null.
 * Records: valibot leaves out the keys `__proto__`, `constructor` and `prototype` of a record it
 * checks, so stored values spell those keys escaped (src/state/storedKeys.ts) and nothing is lost.
 */
import * as v from 'valibot';

export type Schema<T> = v.GenericSchema<unknown, T>;

/** A number that JSON can store (NaN and ±Infinity refused). */
export const finiteNumber = () => v.pipe(v.number(), v.finite());

export type CheckIssue = { path: string; kind: string; message: string };
export type Checked<T> = { success: true; data: T } | { success: false; issues: CheckIssue[] };

/** Validates `value`; never throws. Issues carry a dotted path ("plans.0.year"). */
export function check<T>(schema: Schema<T>, value: unknown): Checked<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { success: true, data: result.output };
  return {
    success: false,
    issues: result.issues.map((i) => ({ path: v.getDotPath(i) ?? '', kind: i.type, message: i.message })),
  };
}
