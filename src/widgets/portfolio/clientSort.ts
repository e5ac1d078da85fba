/**
 * The portfolio table's columns, sorting and filtering: empty values last whatever the direction,
 * ties by name, names compared as people read them ("Client 2" before "Client 10").
 */
import type { Client } from '../../state/index.ts';
import type { PortfolioStrings } from './strings.ts';

export type SortKey =
  'name' | 'code' | 'segment' | 'revenue' | 'previousRevenue' | 'marginPct' | 'firstPurchase' | 'manager' | 'keyAccount' | 'notes';
export type Sort = { key: SortKey; dir: 'ascending' | 'descending' };

export const COLUMNS: { key: SortKey; label: keyof PortfolioStrings; numeric?: boolean }[] = [
  { key: 'name', label: 'colName' },
  { key: 'code', label: 'colCode' },
  { key: 'segment', label: 'colSegment' },
  { key: 'revenue', label: 'colRevenue', numeric: true },
  { key: 'previousRevenue', label: 'colPrevious', numeric: true },
  { key: 'marginPct', label: 'colMargin', numeric: true },
  { key: 'firstPurchase', label: 'colFirst' },
  { key: 'manager', label: 'colManager' },
  { key: 'keyAccount', label: 'colKey' },
  { key: 'notes', label: 'colNotes' },
];

// Made on first use: creating a collator costs the main thread ~20 ms, not to be paid while hydrating.
let sharedCollator: Intl.Collator | undefined;
const collator = {
  compare: (a: string, b: string): number =>
    (sharedCollator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(a, b),
};

function compareClients(a: Client, b: Client, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  // Empty values last whatever the direction is handled by the caller.
  if (typeof x === 'number' || typeof y === 'number')
    return ((x as number | undefined) ?? -Infinity) - ((y as number | undefined) ?? -Infinity);
  if (typeof x === 'boolean' || typeof y === 'boolean') return Number(x ?? false) - Number(y ?? false);
  return collator.compare(String(x ?? ''), String(y ?? ''));
}

export type ClientFilter = { query: string; segment: string; keyOnly: boolean; sort: Sort };

/** The clients the filter lets through, sorted. */
export function filterAndSort(clients: readonly Client[], { query, segment, keyOnly, sort }: ClientFilter): Client[] {
  const q = query.trim().toLocaleLowerCase();
  const list = clients.filter((c) => {
    if (keyOnly && !c.keyAccount) return false;
    if (segment !== '' && c.segment !== segment) return false;
    if (q === '') return true;
    return [c.name, c.code, c.manager, c.notes, c.segment].some((v) => v !== undefined && v.toLocaleLowerCase().includes(q));
  });
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return list.sort((a, b) => {
    const ea = a[sort.key] === undefined || a[sort.key] === '';
    const eb = b[sort.key] === undefined || b[sort.key] === '';
    if (ea !== eb) return ea ? 1 : -1;
    return sign * compareClients(a, b, sort.key) || collator.compare(a.name, b.name);
  });
}

/** Clicking a column sorts by it; again, the other way. Amounts and marks start with the largest. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
  return {
    key,
    dir: key === 'revenue' || key === 'previousRevenue' || key === 'marginPct' || key === 'keyAccount' ? 'descending' : 'ascending',
  };
}

/** The segments present, in reading order. */
export function segmentsOf(clients: readonly Client[]): string[] {
  return [...new Set(clients.map((c) => c.segment).filter((s): s is string => !!s))].sort(collator.compare);
}
