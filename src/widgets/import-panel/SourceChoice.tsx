/**
 * What an analysis tool reads (Pareto, new customers…): the saved portfolio, or a file read for this
 * analysis only. `<SourceChoice>` is the pair of radio buttons; `<FileSource>` is the block shown
 * when "a file" is chosen: the tool's note, the import panel (fetched when first shown) and whatever
 * the tool adds under it. Nothing imported here is saved: the panel's purpose is "analyse".
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales';
import type { ImportApplied, ImportedData } from './ImportPanel.tsx';
import { LazyImportPanel } from './LazyImportPanel';

export type Source = 'portfolio' | 'file';

export interface SourceTexts {
  sourceLegend: string;
  sourcePortfolio: string;
  sourceFile: string;
}

export function SourceChoice(props: { locale: Locale; name: string; t: SourceTexts; source: Source; onSource: (s: Source) => void }) {
  const { locale, name, t, source, onSource } = props;
  const radio = (value: Source, label: string) => (
    <label class="check">
      <input type="radio" name={`${name}-${locale}`} value={value} checked={source === value} onChange={() => onSource(value)} /> {label}
    </label>
  );
  return (
    <fieldset class="tool-fieldset no-print">
      <legend>{t.sourceLegend}</legend>
      {radio('portfolio', t.sourcePortfolio)}
      {radio('file', t.sourceFile)}
    </fieldset>
  );
}

export function FileSource(props: {
  locale: Locale;
  note: string;
  needsDate?: boolean;
  onImported: (file: ImportedData) => ImportApplied;
  knownCurrency: string | null;
  fallbackCurrency: string;
  children?: ComponentChildren;
}) {
  const { locale, note, needsDate, onImported, knownCurrency, fallbackCurrency, children } = props;
  return (
    <div class="no-print">
      <p class="note">{note}</p>
      <LazyImportPanel
        locale={locale}
        purpose="analyse"
        needsDate={needsDate === true}
        onImported={onImported}
        knownCurrency={knownCurrency}
        fallbackCurrency={fallbackCurrency}
      />
      {children}
    </div>
  );
}
