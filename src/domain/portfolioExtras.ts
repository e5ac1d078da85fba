/**
 * Small pure helpers the portfolio widgets need around `importPortfolio` (not part of the domain
 * contract in index.ts; imported from this file directly).
 */
import type { ClientTotal } from './import.ts';
import Papa from 'papaparse';
import { parseAmount } from './amount.ts';
import type { DecimalSeparator } from './amount.ts';
import { decodeBytes } from './encoding.ts';
import { readSepLine } from './delimiter.ts';
import type { Delimiter } from './delimiter.ts';
import { parseDate } from './dates.ts';
import type { DateOrder } from './dates.ts';
import { normaliseHeader, findHeader } from './columns.ts';
import { clientKeyBesideReserved, clientKeyFromName } from './clientKey.ts';
import { unneutraliseFormula } from './csvExport.ts';

// Monthly sums live in their own module (no CSV parser), so the new-customer tool can use them
// without pulling PapaParse in; re-exported here for the import path.
export { linesFromMonthly, monthlyFromLines } from './monthlySales.ts';
export type { MonthlyAmount } from './monthlySales.ts';
export type { MonthRange } from './period.ts';

export type ImportedClient = {
  key: string;
  name: string;
  code?: string;
  segment?: string;
  revenue: number;
  firstPurchase?: string;
};

/**
 * A client of the portfolio from an imported total. `code` is set when the file had an id column
 * (then the key is that id).
 */
export function clientFromTotal(total: ClientTotal, hasIdColumn: boolean): ImportedClient {
  const client: ImportedClient = { key: total.key, name: total.name, revenue: total.revenue };
  if (hasIdColumn) client.code = total.key;
  if (total.segment !== undefined) client.segment = total.segment;
  if (total.firstDate !== undefined) client.firstPurchase = total.firstDate;
  return client;
}

// -------------------------------------------------------------------------------------------------
// Columns the domain importer does not read (it reads id, name, amount, date, segment), so that a
// file exported by the portfolio comes back with every field: previous revenue, margin, first
// purchase, manager, key-account flag and notes.

export const EXTRA_ROLES = ['previousRevenue', 'marginPct', 'firstPurchase', 'manager', 'keyAccount', 'notes'] as const;
export type ExtraRole = (typeof EXTRA_ROLES)[number];
export type ExtraColumns = Partial<Record<ExtraRole, string>>;
export type ClientExtras = {
  previousRevenue?: number;
  marginPct?: number;
  firstPurchase?: string;
  manager?: string;
  keyAccount?: boolean;
  notes?: string;
};

/** Header names (after `normaliseHeader`) recognised for each extra field, in both languages. */
const EXTRA_ALIASES: Record<ExtraRole, readonly string[]> = {
  previousRevenue: [
    'previous revenue',
    'revenue previous period',
    'prior revenue',
    'last year revenue',
    'previous sales',
    'faturamento anterior',
    'faturamento periodo anterior',
    'faturamento do periodo anterior',
    'receita anterior',
    'vendas anteriores',
  ],
  marginPct: ['margin', 'margin %', 'margin pct', 'gross margin', 'margem', 'margem %', 'margem bruta', 'margem pct'],
  firstPurchase: ['first purchase', 'first order', 'customer since', 'primeira compra', 'cliente desde', 'data da primeira compra'],
  manager: [
    'account manager',
    'manager',
    'sales rep',
    'owner',
    'gestor',
    'gestor da conta',
    'gerente da conta',
    'gerente de contas',
    'vendedor',
    'responsavel',
  ],
  keyAccount: ['key account', 'key accounts', 'is key account', 'cliente chave', 'conta chave', 'key'],
  notes: ['notes', 'note', 'comments', 'observacoes', 'observacao', 'notas', 'comentarios'],
};

/** Guesses which headers hold the extra fields (exact alias matches only, `%` ignored). */
export function guessExtraColumns(headers: readonly string[], taken: readonly string[] = []): ExtraColumns {
  const out: ExtraColumns = {};
  const used = new Set(taken);
  for (const role of EXTRA_ROLES) {
    const h = headers.find((header) => !used.has(header) && EXTRA_ALIASES[role].includes(normaliseHeader(header)));
    if (h !== undefined) {
      out[role] = h;
      used.add(h);
    }
  }
  return out;
}

const YES = new Set(['yes', 'y', 'sim', 's', 'x', 'true', '1', 'verdadeiro', 'key account', 'cliente chave']);

export type ExtrasOptions = {
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  dateOrder?: DateOrder;
  encoding?: 'utf-8' | 'windows-1252';
  /** The headers the import used for the client: the id column when mapped, else the name column. */
  idColumn?: string;
  nameColumn?: string;
  columns: ExtraColumns;
};

/**
 * Reads the extra columns per client key (the same key rules as `importPortfolio`: the id cell
 * trimmed, else the normalised name). For a client on several rows the first non-empty value wins.
 * Never throws; unreadable cells are left out.
 */
export function readClientExtras(input: string | Uint8Array, options: ExtrasOptions): Map<string, ClientExtras> {
  const out = new Map<string, ClientExtras>();
  const roles = EXTRA_ROLES.filter((r) => options.columns[r] !== undefined && options.columns[r] !== '');
  if (roles.length === 0) return out;
  try {
    let text =
      typeof input === 'string' ? (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : decodeBytes(input, options.encoding).text;
    const sep = readSepLine(text);
    if (sep) text = sep.rest;
    let headers: string[] | null = null;
    let iKey = -1;
    let byName = false;
    const idx: Partial<Record<ExtraRole, number>> = {};
    Papa.parse<string[]>(text, {
      delimiter: options.delimiter,
      header: false,
      skipEmptyLines: 'greedy',
      chunkSize: 2 * 1024 * 1024,
      complete: () => undefined,
      chunk: (results: Papa.ParseResult<string[]>) => {
        for (const row of results.data) {
          if (headers === null) {
            const found = row.map((h) => h.trim());
            headers = found;
            if (options.idColumn) iKey = findHeader(found, options.idColumn);
            if (iKey === -1 && options.nameColumn) {
              iKey = findHeader(found, options.nameColumn);
              byName = true;
            }
            for (const r of roles) {
              const i = findHeader(found, options.columns[r]!);
              if (i !== -1) idx[r] = i;
            }
            continue;
          }
          if (iKey === -1) return;
          const raw = row[iKey];
          if (raw === undefined) continue;
          // The importer's key for the same row (import.ts), reserved ones moved aside the same way.
          const key = clientKeyBesideReserved(byName ? clientKeyFromName(unneutraliseFormula(raw)) : raw.trim());
          if (key === '') continue;
          let extras = out.get(key);
          if (!extras) {
            extras = {};
            out.set(key, extras);
          }
          readRow(row, idx, extras, options);
        }
      },
    });
  } catch {
    return out;
  }
  return out;
}

/** One row's extra cells into `extras` (a field already set is kept). Also used by src/import/extrasFromLines.ts. */
export function readRow(
  row: readonly string[],
  idx: Partial<Record<ExtraRole, number>>,
  extras: ClientExtras,
  options: ExtrasOptions,
): void {
  const cell = (r: ExtraRole): string | undefined => {
    const i = idx[r];
    if (i === undefined) return undefined;
    const v = row[i];
    if (v === undefined) return undefined;
    const t = unneutraliseFormula(v).trim();
    return t === '' ? undefined : t;
  };
  const prev = cell('previousRevenue');
  if (prev !== undefined && extras.previousRevenue === undefined) {
    const n = parseAmount(prev, options.decimal);
    if (n !== null) extras.previousRevenue = n;
  }
  const margin = cell('marginPct');
  if (margin !== undefined && extras.marginPct === undefined) {
    const n = parseAmount(margin.replace(/%\s*$/, ''), options.decimal);
    if (n !== null && n >= -1000 && n <= 1000) extras.marginPct = n;
  }
  const first = cell('firstPurchase');
  if (first !== undefined && extras.firstPurchase === undefined) {
    const iso = parseDate(first, options.dateOrder ?? (options.delimiter === ';' ? 'dmy' : 'mdy'));
    if (iso !== null) extras.firstPurchase = iso;
  }
  const manager = cell('manager');
  if (manager !== undefined && extras.manager === undefined) extras.manager = manager.slice(0, 200);
  const key = cell('keyAccount');
  if (key !== undefined && extras.keyAccount === undefined) extras.keyAccount = YES.has(normaliseHeader(key));
  const notes = cell('notes');
  if (notes !== undefined && extras.notes === undefined) extras.notes = notes.slice(0, 20_000);
}
