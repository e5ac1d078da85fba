/**
 * Which column holds what, recognised from header names in Portuguese and English as small
 * businesses' ERPs and spreadsheets name them. The user can always override in the import preview.
 */

export type ColumnRole = 'id' | 'name' | 'amount' | 'date' | 'segment';
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/**
 * Aliases after `normaliseHeader` (lower case, no accents, no punctuation, single spaces).
 * Exact matches win over partial ones, so "codigo do cliente" is an id even though it contains
 * "cliente".
 */
const ALIASES: Record<ColumnRole, readonly string[]> = {
  id: [
    'codigo',
    'cod',
    'cod cliente',
    'codigo cliente',
    'codigo do cliente',
    'cnpj',
    'cpf',
    'cnpj cpf',
    'cpf cnpj',
    'id',
    'id cliente',
    'customer id',
    'client id',
    'customer code',
    'customer number',
    'customer no',
    'account id',
    'account number',
    'client code',
  ],
  name: [
    'cliente',
    'razao social',
    'nome',
    'nome do cliente',
    'nome cliente',
    'nome fantasia',
    'customer',
    'client',
    'customer name',
    'client name',
    'name',
    'account',
    'account name',
    'conta',
    'company',
    'empresa',
  ],
  amount: [
    'valor',
    'valor total',
    'valor liquido',
    'valor da nota',
    'valor nf',
    'total da nota',
    'faturamento',
    'faturamento liquido',
    'receita',
    'receita liquida',
    'vendas',
    'venda',
    'total',
    'total vendas',
    'sales',
    'net sales',
    'revenue',
    'net revenue',
    'amount',
    'net amount',
    'total amount',
    'value',
    'invoice amount',
  ],
  date: [
    'data',
    'date',
    'order date',
    'data de emissao',
    'data emissao',
    'emissao',
    'dt emissao',
    'data da venda',
    'data do pedido',
    'data da nota',
    'invoice date',
    'sale date',
    'transaction date',
    'posting date',
  ],
  segment: ['segmento', 'segment', 'setor', 'ramo', 'ramo de atividade', 'industry', 'sector', 'canal', 'channel'],
};

// Words that identify a role when the header only contains them ("Faturamento 2024 (R$)",
// "Data de emissão da NF"). Order matters: id before name so "Código cliente" is an id.
const KEYWORDS: readonly [ColumnRole, readonly string[]][] = [
  ['id', ['codigo', 'cnpj', 'cpf', 'id']],
  ['amount', ['valor', 'faturamento', 'receita', 'vendas', 'revenue', 'sales', 'amount', 'total']],
  ['date', ['data', 'date', 'emissao']],
  ['name', ['cliente', 'customer', 'client', 'nome', 'name', 'razao']],
  ['segment', ['segmento', 'segment', 'setor', 'industry']],
];

// Words that make a column someone else's id or name ("Row ID", "Order ID", "Product Name", "Nome do
// vendedor"): a keyword match for the client's id or name is not taken from such a column.
const NOT_THE_CLIENT = new Set([
  'row',
  'order',
  'invoice',
  'line',
  'item',
  'product',
  'sku',
  'ship',
  'shipment',
  'transaction',
  'seller',
  'salesperson',
  'rep',
  'manager',
  'supplier',
  'vendor',
  'pedido',
  'nota',
  'nf',
  'nfe',
  'linha',
  'produto',
  'transacao',
  'vendedor',
  'representante',
  'gerente',
  'fornecedor',
  'titulo',
]);

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const CURRENCY = /r\$|us\$|\$|€|£/g;
const NON_WORD = /[^a-z0-9]+/g;

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(CURRENCY, ' ')
    .replace(NON_WORD, ' ')
    .trim();
}

const ROLES: readonly ColumnRole[] = ['id', 'name', 'amount', 'date', 'segment'];

/** Maps header cells to roles; each column gets at most one role. */
export function guessColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const role of ROLES) {
    const index = normalised.findIndex((h, i) => !used.has(i) && ALIASES[role].includes(h));
    if (index !== -1) {
      mapping[role] = index;
      used.add(index);
    }
  }
  for (const [role, words] of KEYWORDS) {
    if (mapping[role] !== undefined) continue;
    const index = normalised.findIndex((h, i) => {
      if (used.has(i)) return false;
      const parts = h.split(' ');
      if ((role === 'id' || role === 'name') && parts.some((w) => NOT_THE_CLIENT.has(w))) return false;
      return parts.some((w) => words.includes(w));
    });
    if (index !== -1) {
      mapping[role] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Finds a header given by name (the user's override): exact first, then trimmed and case-folded. */
export function findHeader(headers: readonly string[], wanted: string): number {
  const exact = headers.indexOf(wanted);
  if (exact !== -1) return exact;
  const w = normaliseHeader(wanted);
  return w === '' ? -1 : headers.findIndex((h) => normaliseHeader(h) === w);
}
