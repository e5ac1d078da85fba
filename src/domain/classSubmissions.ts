/**
 * The files of a class, one participant once.
 *
 * Who is one participant? The pair (participant name, group), compared trimmed, with inner spaces
 * collapsed and case-folded, because people type their name slightly differently on two laptops
 * far less often than they export twice from the same one. Two files of the same participant:
 * the same `exportedAt` is the same file imported twice (ignored); otherwise the newer export wins
 * and the older one is reported, so a participant who exports again after correcting an answer is
 * counted once, with the final answers.
 */
import type { ClassResultsFile } from './classResults.ts';

/** Trimmed, inner spaces collapsed, case-folded: how names are compared (never how they are shown). */
export function normaliseName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

/** The identity of a participant across files. */
export function participantId(file: Pick<ClassResultsFile, 'participant' | 'group'>): string {
  return `${normaliseName(file.participant)}\u0000${normaliseName(file.group)}`;
}

export type Submission<T extends ClassResultsFile = ClassResultsFile> = { fileName: string; results: T };

export type DuplicateReport = {
  fileName: string;
  participant: string;
  group: string;
  /** 'same-export': the same export imported again; 'older-export': a newer export of this participant is kept instead. */
  reason: 'same-export' | 'older-export';
  /** The file kept in its place. */
  keptFileName: string;
};

/**
 * Adds incoming submissions to the accepted ones, one participant once. Returns the new accepted
 * list (existing order kept; a replaced file takes its predecessor's place) and what was left out.
 */
export function mergeSubmissions<T extends ClassResultsFile>(
  accepted: readonly Submission<T>[],
  incoming: readonly Submission<T>[],
): { accepted: Submission<T>[]; duplicates: DuplicateReport[] } {
  const list = [...accepted];
  const index = new Map(list.map((s, i) => [participantId(s.results), i]));
  const duplicates: DuplicateReport[] = [];
  const report = (dropped: Submission<T>, kept: Submission<T>, reason: DuplicateReport['reason']): void => {
    duplicates.push({
      fileName: dropped.fileName,
      participant: dropped.results.participant,
      group: dropped.results.group,
      reason,
      keptFileName: kept.fileName,
    });
  };
  for (const sub of incoming) {
    const id = participantId(sub.results);
    const at = index.get(id);
    if (at === undefined) {
      index.set(id, list.length);
      list.push(sub);
      continue;
    }
    const existing = list[at]!;
    const t1 = Date.parse(existing.results.exportedAt);
    const t2 = Date.parse(sub.results.exportedAt);
    if (existing.results.exportedAt === sub.results.exportedAt || t1 === t2) {
      report(sub, existing, 'same-export');
    } else if (t2 > t1 || (Number.isNaN(t1) && !Number.isNaN(t2))) {
      list[at] = sub;
      report(existing, sub, 'older-export');
    } else {
      report(sub, existing, 'older-export');
    }
  }
  return { accepted: list, duplicates };
}
