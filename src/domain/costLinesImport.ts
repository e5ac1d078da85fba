/**
 * Reading cost-to-serve lines from a CSV file: one line per client and kind of cost, columns
 * client (name or code), cost type and amount, in the pt-BR or en number format, delimited by
 * `,` `;` or tab — the same detection as the portfolio import (encoding.ts, delimiter.ts, amount.ts,
 * columns.ts). Lines are matched to the portfolio's clients by key, code or name; a row that cannot
 * be used is reported with its line number and a code the page translates, never fatal.
 * Imported from this file directly (not the domain index) so PapaParse stays off pages without an import.
 */
import Papa from 'papaparse';
import { detectDecimal, parseAmount } from './amount.ts';
import { findHeader, normaliseHeader } from './columns.ts';
import { COST_TYPES } from './costToServe.ts';
import type { CostLine, CostType } from './costToServe.ts';
import { detectDelimiter, readSepLine } from './delimiter.ts';
import { decodeBytes, looksBinary } from './encoding.ts';

/** Why a row was skipped: the UI translates each. */
export type CostIssueCode = 'no-client' | 'unknown-client' | 'unknown-type' | 'bad-amount';
export type CostIssue = { row: number; code: CostIssueCode; value: string };
export type CostImportLine = CostLine & { row: number; name: string };

export type CostImportResult =
  | { ok: true; lines: CostImportLine[]; issues: CostIssue[] }
  | { ok: false; code: 'empty' | 'binary' | 'no-client-column' | 'no-type-column' | 'no-amount-column' };

const CLIENT_HEADERS = [
  'client',
  'customer',
  'client name',
  'customer name',
  'code',
  'client code',
  'customer id',
  'id',
  'cliente',
  'nome',
  'codigo',
  'cod cliente',
  'codigo cliente',
  'razao social',
];
const TYPE_HEADERS = ['cost type', 'type', 'cost', 'kind', 'tipo', 'tipo de custo', 'custo', 'natureza'];
const AMOUNT_HEADERS = ['amount', 'value', 'cost amount', 'valor', 'valor do custo', 'montante', 'total'];

/** What people write in the type column, after normaliseHeader, in both languages. */
const TYPE_WORDS: Record<CostType, readonly string[]> = {
  delivery: ['delivery', 'deliveries', 'freight', 'logistics', 'entrega', 'entregas', 'frete', 'logistica'],
  visits: ['visits', 'visit', 'sales visits', 'visitas', 'visita', 'visitas comerciais'],
  terms: [
    'terms',
    'special terms',
    'discount',
    'discounts',
    'rebate',
    'rebates',
    'condicoes especiais',
    'condicoes',
    'desconto',
    'descontos',
    'bonificacao',
    'bonificacoes',
  ],
  returns: ['returns', 'return', 'devolucoes', 'devolucao', 'trocas', 'troca'],
  staff: ['staff', 'dedicated staff', 'people', 'equipe', 'equipe dedicada', 'pessoal', 'pessoal dedicado'],
  other: ['other', 'others', 'outro', 'outros', 'outras'],
};

const WORD_TO_TYPE = new Map<string, CostType>(
  COST_TYPES.flatMap((t) => [[t, t] as [string, CostType], ...TYPE_WORDS[t].map((w) => [w, t] as [string, CostType])]),
);

function columnOf(headers: readonly string[], names: readonly string[], taken: readonly number[]): number {
  for (const name of names) {
    const at = findHeader(headers, name);
    if (at !== -1 && !taken.includes(at)) return at;
  }
  return -1;
}

/**
 * Parses `input` into cost lines for `clients` (key, name and optional code). Payment days are not
 * a cost line (they are typed per client in the tool), so a "payment days" row is an unknown type.
 */
export function importCostLines(
  input: string | Uint8Array,
  clients: readonly { key: string; name: string; code?: string | undefined }[],
): CostImportResult {
  let text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input).text;
  if (looksBinary(text)) return { ok: false, code: 'binary' };
  const sep = readSepLine(text);
  if (sep) text = sep.rest;
  if (text.trim() === '') return { ok: false, code: 'empty' };
  const delimiter = sep?.delimiter ?? detectDelimiter(text);
  const rows = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' }).data;
  const headers = rows[0] ?? [];
  const client = columnOf(headers, CLIENT_HEADERS, []);
  if (client === -1) return { ok: false, code: 'no-client-column' };
  const type = columnOf(headers, TYPE_HEADERS, [client]);
  if (type === -1) return { ok: false, code: 'no-type-column' };
  const amount = columnOf(headers, AMOUNT_HEADERS, [client, type]);
  if (amount === -1) return { ok: false, code: 'no-amount-column' };

  const body = rows.slice(1);
  const decimal = detectDecimal(
    body.map((r) => r[amount] ?? ''),
    delimiter === ';' ? ',' : '.',
  );
  const byKey = new Map<string, { key: string; name: string }>();
  // Exact key and code first, then the name as people type it (accents, case and spaces ignored).
  for (const c of clients) byKey.set(`k:${c.key}`, c);
  for (const c of clients) if (c.code) byKey.set(`k:${c.code}`, c);
  for (const c of clients) if (!byKey.has(`n:${normaliseHeader(c.name)}`)) byKey.set(`n:${normaliseHeader(c.name)}`, c);

  const lines: CostImportLine[] = [];
  const issues: CostIssue[] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    const who = (row[client] ?? '').trim();
    const kind = (row[type] ?? '').trim();
    const money = (row[amount] ?? '').trim();
    if (who === '') return void issues.push({ row: line, code: 'no-client', value: '' });
    const match = byKey.get(`k:${who}`) ?? byKey.get(`n:${normaliseHeader(who)}`);
    if (!match) return void issues.push({ row: line, code: 'unknown-client', value: who });
    const costType = WORD_TO_TYPE.get(normaliseHeader(kind));
    if (!costType) return void issues.push({ row: line, code: 'unknown-type', value: kind });
    const value = parseAmount(money, decimal);
    if (value === null) return void issues.push({ row: line, code: 'bad-amount', value: money });
    lines.push({ row: line, key: match.key, name: match.name, type: costType, amount: value });
  });
  return { ok: true, lines, issues };
}
