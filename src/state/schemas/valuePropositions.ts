/**
 * The value propositions, one per account (the shape is the domain's). A list rather than a record
 * keyed by account: an account key such as "__proto__" needs no escaping, and a backup merges by key.
 * A store added after the others with an empty default: an absent key loads as [] (no migration).
 */
import * as v from 'valibot';
import { valuePropositionSchema } from '../../domain/valuePropositionSchema.ts';

export const valuePropositionsSchema = v.pipe(v.array(valuePropositionSchema), v.maxLength(2000));
export type ValuePropositions = v.InferOutput<typeof valuePropositionsSchema>;

export function defaultValuePropositions(): ValuePropositions {
  return [];
}
