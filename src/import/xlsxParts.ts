/**
 * Readers for the XML parts of an .xlsx, on saxen (a SAX parser: no DOMParser, so it runs in a
 * Web Worker, and a sheet is never held as a DOM). Element names are compared without their
 * namespace prefix: most writers use the default namespace, some write `x:c`.
 */
import { Parser } from 'saxen';
import { XlsxError } from './xlsxError.ts';

type Handlers = {
  open?: (name: string, attrs: () => Record<string, string>, decode: (s: string) => string, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (value: string) => void;
};

function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

function parseXml(xml: string, handlers: Handlers): void {
  const parser = new Parser();
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  const { open, close, text } = handlers;
  if (open) parser.on('openTag', (name, attrs, decode, selfClosing) => open(localName(name), attrs, decode, selfClosing));
  if (close) parser.on('closeTag', (name) => close(localName(name)));
  if (text) {
    parser.on('text', (value, decode) => text(decode(value)));
    parser.on('cdata', (value) => text(value));
  }
  const error = parser.parse(xml);
  if (failed || error) throw new XlsxError('xlsx-corrupt');
}

export type SheetEntry = { name: string; relId: string; hidden: boolean };
export type WorkbookInfo = { sheets: SheetEntry[]; date1904: boolean };

export function readWorkbook(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(xml, {
    open: (name, attrs, decode) => {
      if (name === 'workbookPr') {
        const flag = attrs()['date1904'];
        date1904 = flag === '1' || flag === 'true';
      } else if (name === 'sheet') {
        const a = attrs();
        const relId = a['r:id'] ?? Object.entries(a).find(([k]) => localName(k) === 'id' && k !== 'sheetId')?.[1];
        if (relId !== undefined)
          sheets.push({ name: decode(a['name'] ?? ''), relId, hidden: a['state'] === 'hidden' || a['state'] === 'veryHidden' });
      }
    },
  });
  return { sheets, date1904 };
}

export type Relationship = { target: string; type: string };

/** Relationships by id, targets resolved to paths inside the ZIP (relative to `base`, e.g. "xl/"). */
export function readRelationships(xml: string, base: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXml(xml, {
    open: (name, attrs, decode) => {
      if (name !== 'Relationship') return;
      const a = attrs();
      const target = decode(a['Target'] ?? '');
      const path = target.startsWith('/') ? target.slice(1) : base + target;
      rels.set(a['Id'] ?? '', { target: path, type: a['Type'] ?? '' });
    },
  });
  return rels;
}

/** The shared string table; rich-text runs are joined, phonetic guides (`rPh`) left out. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, {
    open: (name, _a, _d, selfClosing) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 't' && !inPhonetic) inText = !selfClosing;
    },
    close: (name) => {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text: (value) => {
      if (inText) current += value;
    },
  });
  return strings;
}

/** Per cell style (the `s` of a cell): its number format id and, for custom formats, the code. */
export type CellStyle = { numFmtId: number; code: string | undefined };

export function readStyles(xml: string): CellStyle[] {
  const codes = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open: (name, attrs, decode, selfClosing) => {
      if (name === 'numFmt') {
        const a = attrs();
        codes.set(Number(a['numFmtId']), decode(a['formatCode'] ?? ''));
      } else if (name === 'cellXfs') {
        inCellXfs = !selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs()['numFmtId'] ?? 0);
        styles.push({ numFmtId: id, code: codes.get(id) });
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** One cell as written: type attribute, style index, and the raw value text (or inline string). */
export type RawCell = { row: number; column: number; type: string; style: number; value: string };

/** "BC12" → column 54 (0-based); -1 when the reference has no letters. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/**
 * Streams a worksheet's cells (1-based rows, 0-based columns) to `onCell`; cells without a value
 * (formatting only) are not reported. Rows and cells without an `r` follow the previous one.
 */
export function readSheetCells(xml: string, onCell: (cell: RawCell) => void): void {
  let row = 0;
  let column = -1;
  let type = '';
  let style = 0;
  let value = '';
  let hasValue = false;
  let capture = false;
  parseXml(xml, {
    open: (name, attrs, _d, selfClosing) => {
      if (name === 'row') {
        const r = Number(attrs()['r']);
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        column = -1;
      } else if (name === 'c') {
        const a = attrs();
        const ref = a['r'];
        const index = ref ? columnIndex(ref) : -1;
        column = index >= 0 ? index : column + 1;
        type = a['t'] ?? 'n';
        style = Number(a['s'] ?? 0) || 0;
        value = '';
        hasValue = false;
      } else if ((name === 'v' || name === 't') && !selfClosing) {
        // <v> holds the value; <is><t> an inline string. Formulas (<f>) are not read: <v> has their result.
        capture = true;
        hasValue = true;
      }
    },
    close: (name) => {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'c' && hasValue) onCell({ row, column, type, style, value });
    },
    text: (text) => {
      if (capture) value += text;
    },
  });
}
