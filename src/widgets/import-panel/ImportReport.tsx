/**
 * After an import: how many clients and rows were read, the months the file covers, the currency,
 * and every skipped row with its line number and reason (the domain's codes, translated).
 */
import type { Locale } from '../../i18n/locales';
import { formatMonth, formatNumber } from '../../i18n/format';
import type { ImportIssue } from '../../domain/index.ts';
import type { MonthRange } from '../../domain/portfolioExtras.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import type { ImportStrings } from './importStrings.ts';
import type { ImportApplied, ImportHow } from './ImportPanel.tsx';

const SHOWN_ISSUES = 200;

export type Report = {
  clients: number;
  rows: number;
  issues: ImportIssue[];
  skipped: number;
  applied: ImportApplied;
  dates?: MonthRange;
  currency: string;
};

type Props = {
  t: ImportStrings;
  locale: Locale;
  purpose: 'portfolio' | 'analyse';
  how: ImportHow;
  report: Report;
  onStartOver: () => void;
};

export function ImportReport({ t, locale, purpose, how, report, onStartOver }: Props) {
  return (
    <div class="import-report" data-import-report>
      <h4>{t.reportHeading}</h4>
      <p role="status">
        {!report.applied.ok
          ? fill(t.reportNotImported, { rows: formatNumber(locale, report.rows) })
          : fill(purpose === 'portfolio' ? t.reportImported : t.reportAnalysed, {
              clients: formatNumber(locale, report.clients),
              rows: formatNumber(locale, report.rows),
            })}{' '}
        {report.applied.ok && report.applied.added !== undefined && how === 'merge'
          ? fill(t.reportMerge, {
              added: formatNumber(locale, report.applied.added),
              updated: formatNumber(locale, report.applied.updated ?? 0),
            })
          : ''}
      </p>
      <PeriodNote t={t} locale={locale} report={report} />
      <p data-import-currency-report>{fill(t.reportCurrency, { code: report.currency })}</p>
      {!report.applied.ok && (
        <p class="tool-error" role="alert">
          {report.applied.message}
        </p>
      )}
      {report.applied.ok && report.applied.notSaved && (
        <p class="tool-error" role="alert">
          {t.notSaved}
        </p>
      )}
      {report.issues.length === 0 ? (
        <p>{t.reportNone}</p>
      ) : (
        <>
          <p>{fillCount(locale, t.reportSkipped, { n: formatNumber(locale, report.issues.length) })}</p>
          <IssueTable t={t} locale={locale} issues={report.issues} />
        </>
      )}
      <button type="button" class="button secondary no-print" onClick={onStartOver}>
        {t.startOver}
      </button>
    </div>
  );
}

/** Translated reason of a skipped row; names or counts the domain put in brackets are kept. */
function issueText(t: ImportStrings, issue: ImportIssue): string {
  // No cast: an issue code without its `issue-…` text fails the type check here.
  const key: keyof ImportStrings = `issue-${issue.code}`;
  const base = key in t ? t[key] : issue.message;
  const detail = /\(([^()]*)\)$/.exec(issue.message);
  return (issue.code === 'merged-names' || issue.code === 'more-issues') && detail ? `${base} (${detail[1]})` : base;
}

export function errorText(t: ImportStrings, code: string): string {
  const key = `err-${code}` as keyof ImportStrings;
  return key in t ? t[key] : t['err-unexpected'];
}

/** The months the file covers, and that the tools show the whole file until a period is chosen. */
function PeriodNote({ t, locale, report }: { t: ImportStrings; locale: Locale; report: Report }) {
  if (!report.dates) return null;
  const month = (m: string) => formatMonth(locale, m);
  return <p data-import-periods>{fill(t.reportPeriodAll, { first: month(report.dates.start), last: month(report.dates.end) })}</p>;
}

/** A file that could not be imported: why, and the rows at fault when the reason is in them. */
export function ImportError({ t, locale, error }: { t: ImportStrings; locale: Locale; error: { text: string; issues?: ImportIssue[] } }) {
  return (
    <div class="tool-error" role="alert">
      <p>
        <strong>{t.errorTitle}</strong>: {error.text}
      </p>
      {error.issues && <IssueTable t={t} locale={locale} issues={error.issues} />}
    </div>
  );
}

export function IssueTable({ t, locale, issues }: { t: ImportStrings; locale: Locale; issues: ImportIssue[] }) {
  return (
    <div class="table-scroll">
      <table class="import-issues">
        <thead>
          <tr>
            <th scope="col" class="num">
              {t.reportLine}
            </th>
            <th scope="col">{t.reportColumn}</th>
            <th scope="col">{t.reportReason}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <tr key={i}>
              <td class="num">{formatNumber(locale, issue.row)}</td>
              <td>{issue.column ?? ''}</td>
              <td>{issueText(t, issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN_ISSUES && <p>{fillCount(locale, t.reportMore, { n: SHOWN_ISSUES })}</p>}
    </div>
  );
}
