import type { Locale } from '../../i18n/locales';

// Scaffold only, so the site builds while the real island is written (see the issue).
export default function Uncoupling({ locale }: { locale: Locale }) {
  return <div data-widget="uncoupling" data-locale={locale}></div>;
}
