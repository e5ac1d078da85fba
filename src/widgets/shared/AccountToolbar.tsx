/**
 * The head of a per-account tool: the account choice, "load sample data" (and any button the tool
 * adds, such as print), then the tool's `<StatusRegion>`. Hidden in print: the tool's own print view
 * names the account. `AccountToolHead` puts the tool's title (its section's label) and intro above it.
 */
import type { ComponentChildren } from 'preact';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { AccountPicker } from './AccountPicker';
import { StatusRegion } from './StatusRegion';
import type { AccountTool } from './useAccountTool';
import './account-toolbar.css';

export function AccountToolbar(props: { locale: Locale; tool: AccountTool; onLoadSample: () => void; children?: ComponentChildren }) {
  const { locale, tool, onLoadSample, children } = props;
  return (
    <>
      <div class="account-toolbar no-print">
        <AccountPicker locale={locale} value={tool.account} onChange={tool.choose} />
        <button type="button" class="button secondary" data-action="load-sample" onClick={onLoadSample} disabled={tool.busy}>
          {COMMON[locale].loadSample}
        </button>
        {children}
      </div>
      <StatusRegion locale={locale} status={tool.status} />
    </>
  );
}

/** The tool's title (`${uid}-title`, the label of the tool's section), its intro, then the toolbar. */
export function AccountToolHead(
  props: Parameters<typeof AccountToolbar>[0] & {
    uid: string;
    t: { title: string; intro: string };
    titleClass: string;
    introClass?: string;
  },
) {
  const { uid, t, titleClass, introClass = 'no-print', ...toolbar } = props;
  return (
    <>
      <h3 id={`${uid}-title`} class={titleClass}>
        {t.title}
      </h3>
      <p class={introClass}>{t.intro}</p>
      <AccountToolbar {...toolbar} />
    </>
  );
}
