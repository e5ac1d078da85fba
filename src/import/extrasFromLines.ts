/**
 * The extra portfolio columns (previous revenue, margin, first purchase…) read during the domain
 * import's own pass over an unquoted file (`lineReader`), instead of a second read of the whole file
 * with `readClientExtras`, which it matches value for value: the first row is the header, blank
 * rows are skipped, a row is split as PapaParse's fast mode splits it, the client key is the import's
 * and the cells go through the same `readRow`. Two differences of means, not of result:
 * - a client whose fields are all known is not split again (`readRow` keeps a field once set);
 * - the first purchase needs the file's date order, known only after the pass, so the distinct
 *   first-purchase cells are kept in order and read at the end.
 * `extras()` is null when the import never gave it the lines (a quoted file): read the file again.
 */
import type { DateOrder, LineReader } from '../domain/index.ts';
import { clientKeyBesideReserved, clientKeyFromName, findHeader, parseDate, unneutraliseFormula } from '../domain/index.ts';
import { EXTRA_ROLES, readRow } from '../domain/portfolioExtras.ts';
import type { ClientExtras, ExtraColumns, ExtraRole } from '../domain/portfolioExtras.ts';

type Pass = Parameters<LineReader['start']>[0];

export class ExtrasFromLines implements LineReader {
  private pass: Pass | null = null;
  private out = new Map<string, ClientExtras>();
  private headers: string[] | null = null;
  private keyIndex = -1;
  private byName = false;
  /** The columns `readRow` reads during the pass (all but the first purchase). */
  private cellIndex: Partial<Record<ExtraRole, number>> = {};
  private firstPurchaseIndex = -1;
  private firstPurchaseCells = new Map<string, Set<string>>();
  private keyByCell = new Map<string, string>();
  private settled = new Set<string>();
  private readonly roles: ExtraRole[];

  constructor(private readonly columns: ExtraColumns) {
    this.roles = EXTRA_ROLES.filter((r) => columns[r] !== undefined && columns[r] !== '');
  }

  start(pass: Pass): void {
    this.pass = pass;
    this.out = new Map();
    this.headers = null;
    this.keyIndex = -1;
    this.cellIndex = {};
    this.firstPurchaseIndex = -1;
    this.firstPurchaseCells = new Map();
    this.keyByCell = new Map();
    this.settled = new Set();
  }

  line(text: string, from: number, to: number): void {
    const pass = this.pass!;
    if (this.headers === null) {
      const row = text.slice(from, to).split(pass.delimiter);
      if (row.every((cell) => cell.trim() === '')) return;
      this.readHeader(
        row.map((h) => h.trim()),
        pass,
      );
      return;
    }
    if (this.keyIndex === -1) return;
    // The key cell, found without splitting the row.
    let start = from;
    for (let k = 0; k < this.keyIndex; k++) {
      const at = text.indexOf(pass.delimiter, start);
      if (at === -1 || at >= to) return; // the row has no key cell
      start = at + 1;
    }
    let end = text.indexOf(pass.delimiter, start);
    if (end === -1 || end > to) end = to;
    const key = this.keyOf(text.slice(start, end));
    if (key === '') return;
    let extras = this.out.get(key);
    if (!extras) {
      extras = {};
      this.out.set(key, extras);
    }
    if (this.settled.has(key)) return;
    const row = text.slice(from, to).split(pass.delimiter);
    readRow(row, this.cellIndex, extras, { delimiter: pass.delimiter, decimal: pass.decimal, columns: this.columns });
    if (this.firstPurchaseIndex !== -1) {
      const cell = row[this.firstPurchaseIndex];
      const value = cell === undefined ? '' : unneutraliseFormula(cell).trim();
      if (value !== '') {
        let cells = this.firstPurchaseCells.get(key);
        if (!cells) this.firstPurchaseCells.set(key, (cells = new Set()));
        cells.add(value);
      }
    }
    if (this.isSettled(key, extras)) this.settled.add(key);
  }

  /** The extras per client key, with the file's date order; null when the pass did not come here. */
  extras(dateOrder: DateOrder | undefined): Map<string, ClientExtras> | null {
    if (this.pass === null) return null;
    const order = dateOrder ?? (this.pass.delimiter === ';' ? 'dmy' : 'mdy');
    for (const [key, cells] of this.firstPurchaseCells) {
      for (const cell of cells) {
        const iso = parseDate(cell, order);
        if (iso !== null) {
          this.out.get(key)!.firstPurchase = iso;
          break;
        }
      }
    }
    return this.out;
  }

  private readHeader(found: string[], pass: Pass): void {
    this.headers = found;
    if (pass.columns.id) this.keyIndex = findHeader(found, pass.columns.id);
    if (this.keyIndex === -1 && pass.columns.name) {
      this.keyIndex = findHeader(found, pass.columns.name);
      this.byName = true;
    }
    for (const role of this.roles) {
      const i = findHeader(found, this.columns[role]!);
      if (i === -1) continue;
      if (role === 'firstPurchase') this.firstPurchaseIndex = i;
      else this.cellIndex[role] = i;
    }
  }

  /** The import's key for a key cell (import.ts; reserved ones moved aside the same way). */
  private keyOf(cell: string): string {
    let key = this.keyByCell.get(cell);
    if (key === undefined) {
      key = clientKeyBesideReserved(this.byName ? clientKeyFromName(unneutraliseFormula(cell)) : cell.trim());
      this.keyByCell.set(cell, key);
    }
    return key;
  }

  /**
   * Nothing later can change this client's fields: every mapped field is set, and the first
   * purchase is decided whatever the date order (a kept cell reads as a date in each order).
   */
  private isSettled(key: string, extras: ClientExtras): boolean {
    for (const role of Object.keys(this.cellIndex) as ExtraRole[]) if (extras[role] === undefined) return false;
    if (this.firstPurchaseIndex === -1) return true;
    const cells = this.firstPurchaseCells.get(key);
    if (!cells) return false;
    let dmy = false;
    let mdy = false;
    for (const cell of cells) {
      dmy ||= parseDate(cell, 'dmy') !== null;
      mdy ||= parseDate(cell, 'mdy') !== null;
    }
    return dmy && mdy;
  }
}
