/**
 * The preview's settings: separator, encoding, decimal format, date order and currency, each
 * changeable (a new separator or encoding reads the file again), with a note on where the
 * currency came from. The fields wrap into as many columns as fit, never overlapping.
 */
import { useId } from 'preact/hooks';
import { CURRENCIES } from '../../domain/currencyCodes.ts';
import type { DateOrder, DecimalSeparator, Delimiter } from '../../domain/index.ts';
import type { ImportSettings, PreviewOutcome } from '../../import/importRun.ts';
import { fill } from '../../i18n/fill';
import type { ImportStrings } from './importStrings.ts';
import { SelectOptions } from '../shared/SelectOptions.tsx';

type Props = {
  t: ImportStrings;
  preview: Extract<PreviewOutcome, { ok: true }>;
  /** `pasted`: text already decoded (no encoding to choose); `workbook`: converted from an .xlsx. */
  source: { pasted: boolean; workbook?: boolean };
  settings: ImportSettings;
  onSettings: (update: (s: ImportSettings) => ImportSettings) => void;
  onReparse: (patch: Pick<ImportSettings, 'delimiter' | 'encoding'>) => void;
  busy: boolean;
  currency: string;
  onCurrency: (code: string) => void;
  knownCurrency: string | null;
  fallbackCurrency: string;
};

export function ImportSettingsRow(props: Props) {
  const { t, preview, source, settings, onSettings, onReparse, busy, currency, onCurrency, knownCurrency, fallbackCurrency } = props;
  const id = useId();
  return (
    <>
      <div class="import-grid" data-import-settings>
        {!source.workbook && (
          <div class="import-field">
            <label for={`${id}-delim`}>{t.delimiter}</label>
            <select
              id={`${id}-delim`}
              value={settings.delimiter ?? preview.delimiter}
              onChange={(e) => onReparse({ delimiter: (e.currentTarget as HTMLSelectElement).value as Delimiter })}
              disabled={busy}
            >
              <option value=";">{t.delimSemicolon}</option>
              <option value=",">{t.delimComma}</option>
              <option value={'\t'}>{t.delimTab}</option>
            </select>
          </div>
        )}
        {!source.pasted && (
          <div class="import-field">
            <label for={`${id}-enc`}>{t.encoding}</label>
            <select
              id={`${id}-enc`}
              value={settings.encoding ?? 'utf-8'}
              onChange={(e) => onReparse({ encoding: (e.currentTarget as HTMLSelectElement).value as 'utf-8' | 'windows-1252' })}
              disabled={busy}
            >
              <option value="utf-8">{t.encUtf8}</option>
              <option value="windows-1252">{t.encWin}</option>
            </select>
          </div>
        )}
        {!source.workbook && (
          <div class="import-field">
            <label for={`${id}-dec`}>{t.decimal}</label>
            <select
              id={`${id}-dec`}
              value={settings.decimal ?? preview.decimal}
              onChange={(e) => onSettings((s) => ({ ...s, decimal: (e.currentTarget as HTMLSelectElement).value as DecimalSeparator }))}
            >
              <option value=",">{t.decComma}</option>
              <option value=".">{t.decDot}</option>
            </select>
          </div>
        )}
        <div class="import-field">
          <label for={`${id}-dates`}>{t.dateOrder}</label>
          <select
            id={`${id}-dates`}
            value={settings.dateOrder ?? (preview.delimiter === ';' ? 'dmy' : 'mdy')}
            onChange={(e) => onSettings((s) => ({ ...s, dateOrder: (e.currentTarget as HTMLSelectElement).value as DateOrder }))}
          >
            <option value="dmy">{t.dmy}</option>
            <option value="mdy">{t.mdy}</option>
          </select>
        </div>
        <div class="import-field">
          <label for={`${id}-currency`}>{t.currency}</label>
          <select
            id={`${id}-currency`}
            data-import-currency
            value={currency}
            aria-describedby={`${id}-currency-note`}
            onChange={(e) => onCurrency((e.currentTarget as HTMLSelectElement).value)}
          >
            <SelectOptions values={currencyChoices(currency, preview.currency.code, fallbackCurrency)} />
          </select>
        </div>
      </div>
      <p id={`${id}-currency-note`} class={preview.currency.mixed.length > 0 ? 'tool-error' : 'muted'} data-currency-note>
        {preview.currency.mixed.length > 0
          ? fill(t.currencyMixed, { list: preview.currency.mixed.join(', ') })
          : preview.currency.code
            ? fill(
                preview.currency.source === 'column'
                  ? t.currencyFromColumn
                  : preview.currency.source === 'format'
                    ? t.currencyFromFormat
                    : t.currencyFromSymbols,
                { code: preview.currency.code },
              )
            : knownCurrency
              ? fill(t.currencyKept, { code: knownCurrency })
              : fill(t.currencyAsk, { code: currency })}
      </p>
    </>
  );
}

/** The currencies offered: the chosen one, the file's, the page's, then the usual list, once each. */
function currencyChoices(...first: (string | null)[]): string[] {
  return [...new Set([...first.filter((c): c is string => c !== null && c !== ''), ...CURRENCIES])];
}
