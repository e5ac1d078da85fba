import { pageStrings } from '../../i18n/pageLocale';

/** The words of the demo notice (DemoNotice.tsx): loaded with it, in the demo workspace only. */
export const DEMO_STRINGS = await pageStrings(
  () => import('./demoStrings.en'),
  () => import('./demoStrings.pt-br'),
);
