import type { Locale } from '../../i18n/locales';

// Scaffold only, so the site builds while the real island is written (see the issue).
export default function Dpm({ locale }: { locale: Locale }) {
  return <div data-widget="dpm" data-locale={locale}></div>;
}
