/**
 * Session atoms: what the user has chosen during this visit, shared by every island of a page and
 * not part of their stored work. Widgets read and set them; none of them is a persisted store.
 */
import { atom } from 'nanostores';
import { $settings, updateSettings } from './settings.ts';

/**
 * The account chosen last in a per-account tool (null: none chosen yet). Choosing an account in one
 * tool makes the next tool on the page open on the same account; it is also remembered in settings
 * (`lastAccount`) so that the next visit, or a reload, opens it again.
 */
export const $currentAccount = atom<string | null>(null);
$currentAccount.listen((key) => {
  if (key !== null && key !== $settings.get().lastAccount) updateSettings({ lastAccount: key });
});

/**
 * The stage questionnaire's layout: one question at a time or all on one page. Kept for the whole
 * visit; the settings store has no field for it, so it is not persisted across reloads.
 */
export const $diagnosisMode = atom<'one' | 'all'>('all');
