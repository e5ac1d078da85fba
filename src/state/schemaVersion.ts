/**
 * The schema version this code reads and writes: the version of the last migration in
 * migrations.ts (a test holds the two equal). Apart from the migrations because every page reads
 * and writes stored values, while the migrations themselves are fetched only when a stored value
 * is older (migrationGate.ts).
 */
export const SCHEMA_VERSION = 4;
