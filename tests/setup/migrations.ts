// A page fetches the migrations before its stores first read, when a stored value may need them
// (src/state/migrationGate.ts). Tests seed storage after the stores exist, so they start with the
// migrations in the page; tests/state/migrationGate.test.ts covers a page without them.
import { loadMigrations } from '../../src/state/migrationGate.ts';

await loadMigrations();
