/** `$settings`: currency, number format, the user's name, key-account capacity. */
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultSettings, settingsSchema } from './schemas/settings.ts';
import type { Settings } from './schemas/settings.ts';

export const $settings = persistedAtom({ name: 'settings', schema: settingsSchema, makeDefault: defaultSettings });

/** Changes some settings; the rest stay. */
export function updateSettings(patch: Partial<Settings>): WriteResult {
  return $settings.update((current) => ({ ...current, ...patch }));
}
