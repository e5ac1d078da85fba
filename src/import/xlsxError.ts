/** Why a workbook cannot be read; the UI translates the code (`err-xlsx-…` in the import strings). */
export type XlsxErrorCode =
  /** An Excel 97–2003 .xls, or a password-protected workbook (both are OLE2 files, not ZIPs). */
  | 'xlsx-legacy'
  /** Not a ZIP, a damaged ZIP, or a ZIP without a workbook (e.g. an .ods or a .docx). */
  | 'xlsx-corrupt'
  /** Parts, cells or columns beyond the import limits. */
  | 'xlsx-too-large'
  /** The chosen sheet holds no values. */
  | 'xlsx-empty-sheet';

const MESSAGES: Record<XlsxErrorCode, string> = {
  'xlsx-legacy': 'This is an old Excel file (.xls) or a password-protected workbook. Save it as .xlsx without a password.',
  'xlsx-corrupt': 'The file is not a readable Excel workbook (.xlsx).',
  'xlsx-too-large': 'The workbook is larger than the import limit.',
  'xlsx-empty-sheet': 'The chosen sheet is empty.',
};

export class XlsxError extends Error {
  constructor(readonly code: XlsxErrorCode) {
    super(MESSAGES[code]);
    this.name = 'XlsxError';
  }
}
