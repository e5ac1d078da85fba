/**
 * The light part of the .xlsx import that the import panel loads up front: telling a workbook from
 * a CSV, and the CSV options the converted text is written for. The reader itself (src/import/xlsx.ts,
 * fflate, saxen) loads only once a workbook is picked.
 */

/** Named .xlsx/.xlsm/.xls, or starting like a ZIP or an OLE2 file (an .xls or a password-protected .xlsx). */
export function isWorkbookFile(name: string, bytes: Uint8Array): boolean {
  if (/\.(xlsx|xlsm|xls)$/i.test(name)) return true;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/** The import options that match the CSV written from a workbook (see xlsx.ts). */
export const XLSX_CSV_OPTIONS = { delimiter: ',', decimal: '.' } as const;
