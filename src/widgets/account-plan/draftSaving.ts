/**
 * What saving an open plan needs: the write, and the field-by-field merge with what another tab
 * saved meanwhile. Only an open plan is saved, so usePlanDraft fetches this when a plan opens, and
 * the editor's loader waits for it: no edit can be typed before it is here.
 */
export { savePlanEdit } from '../../state/planEdits.ts';
export { plansEqual, takePlanFields } from '../../domain/index.ts';
