/**
 * Ids that must come from the domain's own lists and that the tools look up by name: a plan risk's
 * cause, a questionnaire question, an uncoupling signal. A restored backup is checked against them:
 * an id this site does not know would show as nothing, or break an export, long after the restore
 * said "done". (Stage ids, statuses, influence and attitude are enums in the schemas already.)
 *
 * Not checked: the chosen option of a question and the ticked checklist indicators. The domain
 * ignores unknown ones by contract (they count as "not answered" / "not ticked"), and the frozen
 * backups of past versions (tests/state/fixtures) hold such values, so refusing them would refuse
 * real old backups. Stored values are not checked here at all: the store schemas stay tolerant so
 * that an older or newer list never quarantines a user's data on load.
 */
import { STAGE_QUESTION_IDS, UNCOUPLING_CAUSE_IDS, UNCOUPLING_SIGNAL_IDS } from '../domain/index.ts';
import type { Assessments } from './schemas/assessments.ts';

const CAUSE_IDS = new Set<string>(UNCOUPLING_CAUSE_IDS);
const SIGNAL_IDS = new Set<string>(UNCOUPLING_SIGNAL_IDS);
const QUESTION_IDS = new Set<string>(STAGE_QUESTION_IDS);

/** What was not recognised: which kind of id, and the id itself (as found, for the message). */
export type UnknownId = { kind: 'risk-cause' | 'signal' | 'question'; id: string };

/** The first id in `all` that is not in the domain's lists, or null when every id is known. */
export function findUnknownId(all: Assessments): UnknownId | null {
  for (const key of Object.keys(all)) {
    const a = all[key]!;
    for (const d of a.diagnoses) {
      const question = Object.keys(d.answers).find((q) => !QUESTION_IDS.has(q));
      if (question !== undefined) return { kind: 'question', id: question };
      const signal = d.signals.find((s) => !SIGNAL_IDS.has(s));
      if (signal !== undefined) return { kind: 'signal', id: signal };
    }
    for (const plan of a.plans) {
      const risk = plan.risks.find((r) => r.causeId !== undefined && !CAUSE_IDS.has(r.causeId));
      if (risk?.causeId !== undefined) return { kind: 'risk-cause', id: risk.causeId };
    }
  }
  return null;
}
