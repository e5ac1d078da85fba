/**
 * The client key from a name: trimmed, inner spaces collapsed, case-folded (contract). Its own
 * file so that a widget adding one client by hand does not pull the CSV importer (PapaParse) in.
 */
export function clientKeyFromName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');
}

/**
 * Keys the site files its own entries under, never a client's: the tools' "quick try (no account)"
 * keeps its work under QUICK_TRY_KEY in the same record as the key accounts. (It stays `__try__`,
 * the key data has been stored under since the first release.) A client whose code or name gives one
 * of these keys would share that work, so the importer moves it aside (`clientKeyBesideReserved`,
 * reported) and the portfolio form refuses it.
 */
export const QUICK_TRY_KEY = '__try__';
const RESERVED_CLIENT_KEYS: ReadonlySet<string> = new Set([QUICK_TRY_KEY]);

export function isReservedClientKey(key: string): boolean {
  return RESERVED_CLIENT_KEYS.has(key);
}

/** The key a client gets instead of a reserved one. */
export function clientKeyBesideReserved(key: string): string {
  return isReservedClientKey(key) ? `${key} (client)` : key;
}
