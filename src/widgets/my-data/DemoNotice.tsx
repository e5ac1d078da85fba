/**
 * In the demo workspace: what this page shows, and the way back before any backup, restore or reset.
 * Known only after hydration (the workspace is this tab's), so My Data fetches it, with its words,
 * only in the demo.
 */
import type { Locale } from '../../i18n/locales';
import { setActiveWorkspace } from '../../state/index';
import { DEMO_STRINGS } from './demoStrings';

export function DemoNotice({ locale }: { locale: Locale }) {
  const t = DEMO_STRINGS[locale];
  const leave = () => {
    // Flag only, then a fresh page: the stores stay bound to the demo until the reload (state/demo.ts).
    setActiveWorkspace('real');
    location.reload();
  };
  return (
    <div class="my-data__block my-data__demo" data-my-data-demo="">
      <h2>{t.demoTitle}</h2>
      <p>{t.demoText}</p>
      <button type="button" class="button" data-action="leave-demo" onClick={leave}>
        {t.demoLeave}
      </button>
    </div>
  );
}
