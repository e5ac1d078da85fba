/**
 * The plan being edited: a local working copy, autosaved (debounced) and merged field by field
 * with what another tab saved meanwhile (state `savePlanEdit`). Where both changed the same field
 * this tab's text is kept and `conflict` names the fields, with the other tab's version; the
 * notice that offers it is loaded the first time there is one. The saving and merging code
 * (draftSaving.ts) is fetched when a plan opens: a page without an open plan never saves one.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountPlan as Plan, PlanMergeField } from '../../domain/index.ts';
import type { Assessments, PlanSave, WriteResult } from '../../state/index';
import { getAssessment } from '../../state/index';
import { lazyImport } from '../../scripts/lazyImport.ts';
import type { PlanConflictProps } from './PlanConflict';

/** How long typing must pause before the plan is written to storage. */
export const AUTOSAVE_MS = 600;

export type SaveState = { kind: 'idle' | 'saving' | 'saved'; at?: string };

type Saving = typeof import('./draftSaving');
let saving: Saving | null = null;

/** Fetches the saving code once; AccountPlan's editor loader waits for it too. */
export function loadDraftSaving(): Promise<Saving> {
  return saving ? Promise.resolve(saving) : lazyImport(() => import('./draftSaving')).then((m) => (saving = m));
}

/** `report` puts a failed write into words and says whether the change took effect. */
export function usePlanDraft(all: Assessments, report: (result: WriteResult) => boolean) {
  const [draft, setDraftState] = useState<Plan | null>(null);
  const draftRef = useRef<Plan | null>(null);
  /** The stored plan the draft started from: what a concurrent change is merged against. */
  const baseRef = useRef<Plan | null>(null);
  const [conflict, setConflict] = useState<{ fields: PlanMergeField[]; theirs: Plan } | null>(null);
  const [ConflictNotice, setConflictNotice] = useState<ComponentType<PlanConflictProps> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [savingLoaded, setSavingLoaded] = useState(saving !== null);

  /** The working copy changes; the base stays what storage held. */
  const setEdited = (p: Plan | null) => {
    draftRef.current = p;
    setDraftState(p);
  };
  /** Opens `p` as stored (it is also the new merge base). */
  const open = (p: Plan | null) => {
    // A failure shows in the editor's place: its loader waits for the same code.
    if (p && !saving)
      loadDraftSaving().then(
        () => setSavingLoaded(true),
        () => undefined,
      );
    baseRef.current = p;
    setEdited(p);
    setConflict(null);
    setSaveState({ kind: 'idle' });
  };

  /** Saves the working copy merged with the stored plan; their other changes come into the form. */
  function save() {
    const p = draftRef.current;
    if (!p) return;
    // Edits come from the editor, which appears only once this code is here; should one not, it is
    // saved as soon as the code arrives.
    if (!saving) {
      void loadDraftSaving().then(save, () => setSaveState({ kind: 'idle' }));
      return;
    }
    const { savePlanEdit, plansEqual } = saving;
    const out: PlanSave = savePlanEdit(baseRef.current ?? p, p);
    const ok = report(out.result);
    if (ok) {
      baseRef.current = out.saved;
      if (!plansEqual(out.saved, p)) setEdited(out.saved);
      if (out.conflicts.length > 0 && out.theirs) setConflict({ fields: out.conflicts, theirs: out.theirs });
    }
    setSaveState(ok ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'idle' });
  }

  /** Drops a pending autosave (the plan is being deleted). */
  function cancelPending() {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }

  /** Writes the pending edit now (before switching plans, exporting, leaving the page). */
  function flush() {
    if (timer.current === null) return;
    cancelPending();
    save();
  }

  function change(edited: Plan) {
    setEdited({ ...edited, updatedAt: new Date().toISOString() });
    setSaveState({ kind: 'saving' });
    cancelPending();
    timer.current = setTimeout(() => {
      timer.current = null;
      save();
    }, AUTOSAVE_MS);
  }

  /** Takes the other tab's text for the conflicting fields. */
  function takeTheirs() {
    const current = draftRef.current;
    // A conflict comes from a save, so the merging code is here.
    if (!conflict || !current || !saving) return;
    change(saving.takePlanFields(current, conflict.theirs, conflict.fields));
    setConflict(null);
  }

  useEffect(() => {
    if (!conflict || ConflictNotice) return;
    // If the code cannot be fetched (offline before caching), the plan is still saved; the notice is only missing.
    lazyImport(() => import('./PlanConflict'))
      .then((module) => setConflictNotice(() => module.default))
      .catch(() => undefined);
  }, [conflict, ConflictNotice]);

  // Another tab saved this plan and nothing is being typed here: show theirs. (While typing, the
  // next save merges the two.) Checked again once the comparing code has arrived.
  useEffect(() => {
    const current = draftRef.current;
    if (!current || timer.current !== null || !saving) return;
    const stored = getAssessment(current.accountKey, all).plans.find((p) => p.id === current.id);
    if (stored && baseRef.current && !saving.plansEqual(stored, baseRef.current)) {
      baseRef.current = stored;
      setEdited(stored);
    }
  }, [all, savingLoaded]);

  // Leaving the page (or the island unmounting) saves what is pending.
  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, []);

  return {
    draft,
    current: () => draftRef.current,
    open,
    change,
    flush,
    cancelPending,
    saveState,
    conflict,
    dismissConflict: () => setConflict(null),
    takeTheirs,
    ConflictNotice,
  };
}

export type PlanDraft = ReturnType<typeof usePlanDraft>;
