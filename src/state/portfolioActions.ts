/**
 * What changes the portfolio (portfolio.ts): adding or importing clients, editing one, the key-account
 * and candidate marks, removing with undo, the monthly sales lines. Every change goes through the
 * store's validated write.
 */
import type { WriteResult } from './persisted.ts';
import { $portfolio } from './portfolio.ts';
import type { Client, MonthlySale, Portfolio } from './schemas/portfolio.ts';

/** A client to add: `keyAccount` may be left out (new clients are not key accounts; existing ones keep their flag). */
export type ClientInput = Omit<Client, 'keyAccount'> & { keyAccount?: boolean };

/**
 * What to do with an incoming client whose key already exists:
 * - `update` (default): the incoming fields win; fields it lacks (notes, manager, the key-account
 *   flag…) are kept — re-importing a newer ERP export keeps the user's own marks;
 * - `replace`: the incoming client replaces the existing one entirely;
 * - `skip`: the existing client is left as it is.
 */
export type OnExisting = 'update' | 'replace' | 'skip';

export type AddClientsResult = { added: number; updated: number; skipped: number; result: WriteResult };

/** Adds clients (new keys are appended in input order; a key repeated in the input: the last wins). */
export function addClients(clients: readonly ClientInput[], options: { onExisting?: OnExisting } = {}): AddClientsResult {
  const mode = options.onExisting ?? 'update';
  let added = 0;
  let updated = 0;
  let skipped = 0;
  const result = $portfolio.update((p) => {
    const list = [...p.clients];
    const index = new Map(list.map((c, i) => [c.key, i]));
    for (const input of clients) {
      const at = index.get(input.key);
      if (at === undefined) {
        index.set(input.key, list.length);
        list.push({ ...input, keyAccount: input.keyAccount ?? false });
        added++;
        continue;
      }
      const existing = list[at]!;
      if (mode === 'skip') {
        skipped++;
        continue;
      }
      list[at] =
        mode === 'replace'
          ? { ...input, keyAccount: input.keyAccount ?? false }
          : { ...existing, ...input, keyAccount: input.keyAccount ?? existing.keyAccount };
      updated++;
    }
    return { ...p, clients: list };
  });
  if (!result.ok && result.reason !== 'not-saved') {
    // Nothing changed in memory either.
    return { added: 0, updated: 0, skipped: clients.length, result };
  }
  return { added, updated, skipped, result };
}

/** Replaces the whole portfolio (e.g. "replace my list" after an import, or loading sample data). */
export function replacePortfolio(portfolio: Portfolio): WriteResult {
  return $portfolio.write(portfolio);
}

/** Changes some fields of one client. The key cannot change (assessments are filed under it). */
export function updateClient(key: string, patch: Partial<Omit<Client, 'key'>>): WriteResult {
  return $portfolio.update((p) => ({
    ...p,
    clients: p.clients.map((c) => (c.key === key ? { ...c, ...patch, key: c.key } : c)),
  }));
}

/** Marks (or unmarks) clients as key accounts. */
export function setKeyAccounts(keys: readonly string[], keyAccount: boolean): WriteResult {
  const wanted = new Set(keys);
  return $portfolio.update((p) => ({
    ...p,
    clients: p.clients.map((c) => (wanted.has(c.key) && c.keyAccount !== keyAccount ? { ...c, keyAccount } : c)),
  }));
}

/**
 * Marks (or unmarks) clients as key-account *candidates*: class A of the Pareto analysis is where
 * the search starts, not the answer (size alone does not make a key account; fit and cost decide).
 * Key accounts are left as they are. Choosing a candidate is `setKeyAccounts([key], true)`: it keeps
 * its candidate flag, so unmarking it (or "Undo") puts it back among the candidates.
 */
export function setCandidates(keys: readonly string[], candidate: boolean): WriteResult {
  const wanted = new Set(keys);
  return $portfolio.update((p) => ({
    ...p,
    clients: p.clients.map((c) => (wanted.has(c.key) && !c.keyAccount ? { ...c, candidate } : c)),
  }));
}

/**
 * What `removeClients` took away, so "Undo" can put it back exactly (positions included). Their
 * assessments are not touched: re-adding a client with the same key finds its diagnoses and plans again.
 */
export type RemovedClients = {
  clients: { client: Client; index: number }[];
  monthlySales: MonthlySale[];
  result: WriteResult;
};

export function removeClients(keys: readonly string[]): RemovedClients {
  const wanted = new Set(keys);
  const before = $portfolio.get();
  const removed: { client: Client; index: number }[] = [];
  before.clients.forEach((client, index) => {
    if (wanted.has(client.key)) removed.push({ client, index });
  });
  const sales = before.monthlySales.filter((s) => wanted.has(s.key));
  const result = $portfolio.write({
    ...before,
    clients: before.clients.filter((c) => !wanted.has(c.key)),
    monthlySales: before.monthlySales.filter((s) => !wanted.has(s.key)),
  });
  const applied = result.ok || result.reason === 'not-saved';
  return { clients: applied ? removed : [], monthlySales: applied ? sales : [], result };
}

/** Removes every client and sales line (with the same undo token as `removeClients`). */
export function clearPortfolio(): RemovedClients {
  return removeClients($portfolio.get().clients.map((c) => c.key));
}

/** Undo of `removeClients`: puts the clients back at their positions (unless a client with that key exists again). */
export function restoreClients(token: Pick<RemovedClients, 'clients' | 'monthlySales'>): WriteResult {
  return $portfolio.update((p) => {
    const clients = [...p.clients];
    const present = new Set(clients.map((c) => c.key));
    for (const { client, index } of [...token.clients].sort((a, b) => a.index - b.index)) {
      if (present.has(client.key)) continue;
      clients.splice(Math.min(index, clients.length), 0, client);
      present.add(client.key);
    }
    const restoredKeys = new Set(token.clients.map((r) => r.client.key));
    const hasSale = new Set(p.monthlySales.map((s) => `${s.key}\u0000${s.month}`));
    const monthlySales = [
      ...p.monthlySales,
      ...token.monthlySales.filter((s) => restoredKeys.has(s.key) && !hasSale.has(`${s.key}\u0000${s.month}`)),
    ];
    return { ...p, clients, monthlySales };
  });
}

/**
 * Stores monthly sales lines (summed per client and month by the caller or by the import).
 * `replace` drops every existing line first; `merge` replaces lines with the same client and month.
 */
export function setMonthlySales(lines: readonly MonthlySale[], mode: 'replace' | 'merge' = 'replace'): WriteResult {
  return $portfolio.update((p) => {
    if (mode === 'replace') return { ...p, monthlySales: [...lines] };
    const incoming = new Set(lines.map((s) => `${s.key}\u0000${s.month}`));
    return { ...p, monthlySales: [...p.monthlySales.filter((s) => !incoming.has(`${s.key}\u0000${s.month}`)), ...lines] };
  });
}
