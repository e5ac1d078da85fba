/**
 * CSV (in the user's number and date format) and Excel export of the portfolio. The rows, their
 * words and the writers load on the first export only; file names say which months and currency the
 * revenue columns hold.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import type { CsvFormat } from '../../domain/index.ts';
import type { Client } from '../../state/index.ts';
import type { ToastState } from '../shared/UndoToast.tsx';
import { lazyImport } from '../../scripts/lazyImport.ts';
import type { PortfolioStrings } from './strings.ts';

type Props = {
  locale: Locale;
  t: PortfolioStrings;
  clients: readonly Client[];
  months: { start: string; end: string } | null;
  currency: string;
  onDone: (toast: ToastState) => void;
};

export function PortfolioExport({ locale, t, clients, months, currency, onDone }: Props) {
  const [format, setFormat] = useState<CsvFormat>(locale === 'pt-br' ? 'pt-BR' : 'en');

  const exportXlsx = async () => {
    // The workbook writer (fflate) loads on the first Excel export only.
    try {
      const [{ tableToXlsx }, { downloadTextFile }, rowsOf] = await Promise.all([
        lazyImport(() => import('../../import/xlsxFile.ts')),
        lazyImport(() => import('../shared/download.ts')),
        lazyImport(() => import('./exportRows.ts')),
      ]);
      const fileName = rowsOf.exportFileName(locale, months, currency, 'xlsx');
      // ISO dates: unambiguous text in any Excel language.
      const rows = rowsOf.exportRows(clients, locale, 'en');
      const amountColumns = rowsOf.amountColumns(locale).map((h) => rows[0]!.indexOf(h));
      const bytes = tableToXlsx({ sheetName: rowsOf.sheetName(locale), rows, amountColumns });
      if (!downloadTextFile({ fileName, text: bytes, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))
        throw new Error('download refused');
      onDone({ text: rowsOf.exportedMessage(locale, formatNumber(locale, clients.length), fileName) });
    } catch {
      onDone({ text: t.exportXlsxFailed, tone: 'error' });
    }
  };

  const exportCsv = async () => {
    // The CSV writer (PapaParse) and the download helper are fetched on the first export, not with the tool.
    try {
      const [{ toCsv }, { downloadTextFile }, rowsOf] = await Promise.all([
        lazyImport(() => import('../../domain/csvExport.ts')),
        lazyImport(() => import('../shared/download.ts')),
        lazyImport(() => import('./exportRows.ts')),
      ]);
      const fileName = rowsOf.exportFileName(locale, months, currency, 'csv');
      const text = toCsv(rowsOf.exportRows(clients, locale, format), format);
      if (!downloadTextFile({ fileName, text, mimeType: 'text/csv' })) throw new Error('download refused');
      onDone({ text: rowsOf.exportedMessage(locale, formatNumber(locale, clients.length), fileName) });
    } catch {
      onDone({ text: t.exportFailed, tone: 'error' });
    }
  };

  return (
    <section class="portfolio-export no-print" aria-labelledby={`pf-export-${locale}`}>
      <h3 id={`pf-export-${locale}`}>{t.exportHeading}</h3>
      <div class="tool-row">
        <div class="field">
          <label for={`pf-format-${locale}`}>{t.exportFormat}</label>
          <select
            id={`pf-format-${locale}`}
            value={format}
            onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as CsvFormat)}
          >
            <option value="pt-BR">{t.formatPt}</option>
            <option value="en">{t.formatEn}</option>
          </select>
        </div>
        <button type="button" class="button" data-action="export-csv" onClick={exportCsv}>
          {t.exportCsv}
        </button>
        <button type="button" class="button secondary" data-action="export-xlsx" onClick={exportXlsx}>
          {t.exportXlsx}
        </button>
      </div>
      <p class="muted">{t.exportNote}</p>
    </section>
  );
}
