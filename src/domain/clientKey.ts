/**
 * The client key from a name: trimmed, inner spaces collapsed, case-folded (contract). Its own
 * file so that a widget adding one client by hand does not pull the CSV importer (PapaParse) in.
 */
export function clientKeyFromName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');
}
