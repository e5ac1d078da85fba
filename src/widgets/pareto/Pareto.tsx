import type { Locale } from '../../i18n/locales';

// Scaffold only, so the site builds while the real island is written (see the issue).
export default function Pareto({ locale }: { locale: Locale }) {
  return <div data-widget="pareto" data-locale={locale}></div>;
}
