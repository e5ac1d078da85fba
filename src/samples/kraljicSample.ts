/**
 * The Kraljic tool's sample: how each key account's buyer sees Horizonte, from the case sheet
 * (content/case/en/horizonte.json `kraljic`; the answers are the same in both languages). Loaded on
 * the click, with the sample loaders. Pure: the widget writes the result through the state layer.
 */
import { clientKeyFromName } from '../domain/index.ts';
import type { KraljicAnswers } from '../domain/index.ts';
import { accounts, kraljic } from '../../content/case/en/horizonte.json';

/** The sheet's readings by account name (as the sample files spell it). */
export function sampleKraljicReadings(): { accountName: string; answers: KraljicAnswers }[] {
  return kraljic.map((r) => ({
    accountName: accounts.find((a) => a.id === r.account)?.name ?? r.account,
    answers: { ...r.answers } as KraljicAnswers,
  }));
}

/** The sample reading for each of `list` found in the case sheet (matched by name, accents and case ignored). */
export function sampleKraljicFor(list: readonly { key: string; name: string }[]): { key: string; answers: KraljicAnswers }[] {
  const byName = new Map(sampleKraljicReadings().map((s) => [clientKeyFromName(s.accountName), s.answers]));
  return list.flatMap((a) => {
    const answers = byName.get(clientKeyFromName(a.name));
    return answers === undefined ? [] : [{ key: a.key, answers }];
  });
}
