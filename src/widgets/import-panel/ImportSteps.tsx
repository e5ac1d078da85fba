/**
 * The import's last steps: for a portfolio, replace or merge (and a confirmation before replacing a
 * portfolio that has clients); then the progress of a long import, with Cancel.
 */
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { formatNumber, formatPercent } from '../../i18n/format';
import { fillCount } from '../../i18n/plural';
import type { ImportHow } from './ImportPanel.tsx';
import type { ImportStrings } from './importStrings.ts';

export function HowChoice({ t, id, how, onHow }: { t: ImportStrings; id: string; how: ImportHow; onHow: (how: ImportHow) => void }) {
  return (
    <fieldset class="import-how">
      <legend>{t.howHeading}</legend>
      <label class="choice">
        <input type="radio" name={`${id}-how`} value="replace" checked={how === 'replace'} onChange={() => onHow('replace')} />{' '}
        {t.howReplace}
      </label>
      <label class="choice">
        <input type="radio" name={`${id}-how`} value="merge" checked={how === 'merge'} onChange={() => onHow('merge')} /> {t.howMerge}
      </label>
    </fieldset>
  );
}

export function ReplaceConfirm(props: {
  locale: Locale;
  t: ImportStrings;
  id: string;
  existingClients: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { locale, t, id, existingClients, busy, onConfirm, onCancel } = props;
  return (
    <div class="card" role="alertdialog" aria-labelledby={`${id}-confirm`} data-confirm-replace>
      <p id={`${id}-confirm`}>{fillCount(locale, t.replaceConfirm, { n: formatNumber(locale, existingClients) })}</p>
      <div class="tool-actions">
        <button type="button" class="button" data-action="confirm-replace" onClick={onConfirm} disabled={busy}>
          {fillCount(locale, t.replaceYes, { n: formatNumber(locale, existingClients) })}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {COMMON[locale].cancel}
        </button>
      </div>
    </div>
  );
}

export function ImportProgress(props: { locale: Locale; t: ImportStrings; id: string; progress: number; onCancel: () => void }) {
  const { locale, t, id, progress, onCancel } = props;
  return (
    <div class="import-progress" role="status">
      <label for={`${id}-progress`}>{t.progressLabel}</label>
      <progress id={`${id}-progress`} max={100} value={Math.round(progress * 100)}>
        {formatPercent(locale, progress)}
      </progress>
      <p>{t.importing}</p>
      <button type="button" class="button secondary" onClick={onCancel}>
        {COMMON[locale].cancel}
      </button>
    </div>
  );
}
