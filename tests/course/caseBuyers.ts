/**
 * The case sheet's buyers' answers (content/case/en/horizonte.json `kraljic`), for tests that use a
 * sample account's buyer: one source, so a test cannot drift from the story the lessons tell.
 */
import { caseSheetSchema } from '../../src/course/caseSheet.ts';
import type { KraljicAnswers } from '../../src/domain/index.ts';
import horizonte from '../../content/case/en/horizonte.json';

const sheet = caseSheetSchema.parse(horizonte);

export function caseBuyerAnswers(account: string): KraljicAnswers {
  const reading = sheet.kraljic.find((r) => r.account === account);
  if (!reading) throw new Error(`the case sheet has no buyer's answers for ${account}`);
  return reading.answers as KraljicAnswers;
}
