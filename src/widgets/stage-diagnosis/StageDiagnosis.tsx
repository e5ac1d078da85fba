import type { Locale } from '../../i18n/locales';

// Scaffold only, so the site builds while the real island is written (see the issue).
export default function StageDiagnosis({ locale }: { locale: Locale }) {
  return <div data-widget="stage-diagnosis" data-locale={locale}></div>;
}
