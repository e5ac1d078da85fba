/** What the import panel is given and what it hands its caller (`onImported`). */
import type { Locale } from '../../i18n/locales';
import type { ImportOutcome } from '../../import/importRun.ts';

/** The import's outcome with the currency its amounts are in (read from the file, or chosen). */
export type ImportedData = Extract<ImportOutcome, { ok: true }> & { currency: string };
export type ImportHow = 'replace' | 'merge';
/** What the caller did with the data, for the report (or an error message to show). */
export type ImportApplied = { ok: true; added?: number; updated?: number; notSaved?: boolean } | { ok: false; message: string };

export type ImportPanelProps = {
  locale: Locale;
  /** 'portfolio' asks replace/merge and saves; 'analyse' only reads the file (nothing is saved). */
  purpose: 'portfolio' | 'analyse';
  /** The new-customer tool needs a date column. */
  needsDate?: boolean;
  onImported: (data: ImportedData, how: ImportHow) => ImportApplied;
  /** Clients already in the portfolio: replacing a non-empty portfolio asks first. */
  existingClients?: number;
  /** The currency the user's data is in already (asked once: a file that names none gets this one). */
  knownCurrency?: string | null;
  /** The page language's currency, offered when neither the file nor the portfolio says. */
  fallbackCurrency: string;
};
