/**
 * Schema migrations of the stored data — a numbered list, applied in order.
 *
 * HOW VERSIONS WORK
 * - One schema version for all stores (`SCHEMA_VERSION`, the version of the last migration). Every
 *   stored value is wrapped `{ schemaVersion, savedAt, rev, data }`; a backup file carries one
 *   `schemaVersion` for its whole `data`.
 * - Reading a value of version N < SCHEMA_VERSION runs migrations N+1 … SCHEMA_VERSION on its `data`
 *   (for that store only), then validates the result with the current schema (schemas.ts).
 *   The migrated value is NOT written back on read: storage keeps the old version until the user
 *   changes something, and just before that first write the old raw value is copied aside once under
 *   `kam:premigration:<store>:v<N>` (persisted.ts). A buggy migration therefore never destroys data.
 * - A value of version > SCHEMA_VERSION was written by a newer site: it is never migrated "down" and
 *   never overwritten (the store goes read-only with a notice).
 * - A migration that throws, or whose result fails validation, sends the value to quarantine (kept
 *   aside, downloadable), like any unreadable value.
 *
 * HOW TO ADD A MIGRATION
 * 1. Freeze the current shapes first: copy a realistic stored value of every store that changes into
 *    `tests/state/fixtures/v<N>/<store>.json` (and a full backup as `backup.json`). Fixtures are never
 *    edited afterwards; they are the proof that old data still loads.
 * 2. Append `{ version: N+1, title, stores: { <store>: (data, ctx) => newData } }` below, with a comment
 *    above it that says what it does to each store.
 *    Functions are pure, take `unknown` (old data is untrusted) and must not import code that may change
 *    later (no domain parsers): a migration is frozen once released.
 * 3. Change schemas.ts to the new shapes. 4. Add a test per step in tests/state/migrations.test.ts.
 *
 * HISTORY
 * - v1 (first release): portfolio clients had `revenue` as typed in the form (a number, or text like
 *   "1.234,56" / "1,234.56" / "R$ 900") and an optional `isKey` flag; there was no `monthlySales`.
 *   Progress kept `lessonsRead` as a list of lesson ids (no dates) and had no `learnerName`. Settings
 *   had no `keyAccountCapacity`. Other stores had their current shapes.
 * - v2: revenue always a number, `keyAccount` always present, `monthlySales` added; `lessonsRead`
 *   becomes lesson id → date read; `learnerName` and `keyAccountCapacity` added.
 * - v3: a client's `revenue` is the whole file, not silently its last 12 months. v2 imported a file
 *   of more than 12 months as "revenue = last 12 months, previousRevenue = the 12 before"; v3 keeps
 *   the whole file and lets the user choose the period. Optional `currency` and `period` added to
 *   the portfolio (absent = not known / whole file).
 * - v4: progress keeps the answers of a quiz attempt in progress (`quizAnswers`, lesson id →
 *   { answers by question id, date }), so a partly answered quiz survives a reload.
 */
import type { StoreName } from './status.ts';

export type MigrationContext = {
  /** `savedAt` of the value being migrated (ISO timestamp), when known. */
  savedAt: string | null;
};
export type StoreMigration = (data: unknown, context: MigrationContext) => unknown;
/**
 * What a migration does to each store is written in the comment above it, not in a field: the
 * registry ships in every page's start-up code, and the descriptions (read by people, never by
 * code) were a third of its size.
 */
export type Migration = {
  /** The version this migration produces; it applies to data of version `version - 1`. */
  version: number;
  title: string;
  stores: Partial<Record<StoreName, StoreMigration>>;
};

/** The first schema version ever written. */
const FIRST_SCHEMA_VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * v1 revenue text → number. Frozen copy, deliberately not the domain's `parseAmount`: the domain may
 * change; what v1 stored does not. The decimal separator is the last `,` or `.` when 1–2 digits
 * follow it and it is the only one of its kind; otherwise separators are thousands.
 */
function v1AmountToNumber(text: string): number | null {
  let t = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(/^R\$|^\$|^US\$/i, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1).replace(/^R\$|^\$/i, '');
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  const last = Math.max(lastComma, lastDot);
  let intPart = t;
  let fraction = '';
  if (last >= 0) {
    const sep = t[last]!;
    const after = t.slice(last + 1);
    const count = t.split(sep).length - 1;
    const otherSep = sep === ',' ? '.' : ',';
    const otherAfter = t.indexOf(otherSep) > last;
    if (after.length >= 1 && after.length <= 2 && count === 1 && !otherAfter) {
      intPart = t.slice(0, last);
      fraction = after;
    }
  }
  const digits = intPart.replace(/[.,]/g, '');
  const value = Number(`${digits || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * Portfolio: revenue text becomes a number (unreadable text is kept in notes, revenue 0), isKey becomes
 * keyAccount, monthlySales starts empty.
 * Progress: lessonsRead list becomes lesson → date (the date the value was saved), learnerName starts empty.
 * Settings: keyAccountCapacity starts at 8.
 */
const migrateV1toV2: Migration = {
  version: 2,
  title: 'Numbers for revenue, explicit key-account flags, dated lesson progress',
  stores: {
    portfolio(data) {
      if (!isRecord(data) || !Array.isArray(data.clients)) throw new Error('v1 portfolio without clients');
      const clients = data.clients.map((raw: unknown) => {
        if (!isRecord(raw)) throw new Error('v1 client is not an object');
        const { isKey, revenue, ...rest } = raw;
        let value: unknown = revenue;
        let notes = rest.notes;
        if (typeof revenue === 'string') {
          const parsed = v1AmountToNumber(revenue);
          value = parsed ?? 0;
          if (parsed === null) {
            const kept = `revenue (v1): ${revenue}`;
            notes = typeof notes === 'string' && notes !== '' ? `${notes}\n${kept}` : kept;
          }
        }
        return {
          ...rest,
          revenue: value,
          keyAccount: typeof rest.keyAccount === 'boolean' ? rest.keyAccount : isKey === true,
          ...(notes === undefined ? {} : { notes }),
        };
      });
      return { ...data, clients, monthlySales: Array.isArray(data.monthlySales) ? data.monthlySales : [] };
    },
    progress(data, context) {
      if (!isRecord(data)) throw new Error('v1 progress is not an object');
      const date = context.savedAt && /^\d{4}-\d{2}-\d{2}/.test(context.savedAt) ? context.savedAt.slice(0, 10) : '1970-01-01';
      const list = Array.isArray(data.lessonsRead) ? data.lessonsRead : [];
      const lessonsRead: Record<string, string> = {};
      for (const id of list) if (typeof id === 'string' && id !== '__proto__') lessonsRead[id] = date;
      return { ...data, lessonsRead, learnerName: typeof data.learnerName === 'string' ? data.learnerName : '' };
    },
    settings(data) {
      if (!isRecord(data)) throw new Error('v1 settings is not an object');
      return { ...data, keyAccountCapacity: typeof data.keyAccountCapacity === 'number' ? data.keyAccountCapacity : 8 };
    },
  },
};

/** Frozen month arithmetic for v2 → v3 (`yyyy-mm` → months since year 0). */
function v2MonthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Equal to the cent (v2 stored sums rounded to 10 decimals). */
function sameCents(a: unknown, b: number): boolean {
  return typeof a === 'number' && Math.abs(a - b) < 0.005;
}

/**
 * Portfolio: when the monthly sales span more than 12 months, v2 had set each imported client's revenue
 * to its last 12 months and previousRevenue to the 12 before. Clients whose figures still equal those
 * sums get revenue = the sum of all their months (exact to the cent) and lose the derived
 * previousRevenue (it is computed per chosen period now). Figures the user typed (different from the
 * sums) and clients without monthly sales are kept as they are.
 */
const migrateV2toV3: Migration = {
  version: 3,
  title: "Revenue over the whole file; the period becomes the user's choice",
  stores: {
    portfolio(data) {
      if (!isRecord(data) || !Array.isArray(data.clients)) throw new Error('v2 portfolio without clients');
      const sales = Array.isArray(data.monthlySales) ? data.monthlySales.filter(isRecord) : [];
      let first = Infinity;
      let last = -Infinity;
      for (const s of sales) {
        if (typeof s.month !== 'string' || !/^\d{4}-\d{2}$/.test(s.month)) continue;
        const m = v2MonthIndex(s.month);
        first = Math.min(first, m);
        last = Math.max(last, m);
      }
      if (!Number.isFinite(first) || last - first + 1 <= 12) return data;
      const sums = new Map<string, { all: number; current: number; previous: number }>();
      for (const s of sales) {
        if (typeof s.key !== 'string' || typeof s.month !== 'string' || typeof s.amount !== 'number' || !Number.isFinite(s.amount))
          continue;
        const m = v2MonthIndex(s.month);
        const cents = Math.round(s.amount * 100);
        const row = sums.get(s.key) ?? { all: 0, current: 0, previous: 0 };
        row.all += cents;
        if (m > last - 12) row.current += cents;
        else if (m > last - 24) row.previous += cents;
        sums.set(s.key, row);
      }
      const clients = data.clients.map((raw: unknown) => {
        if (!isRecord(raw) || typeof raw.key !== 'string') return raw;
        const row = sums.get(raw.key);
        if (!row || !sameCents(raw.revenue, row.current / 100)) return raw;
        const { previousRevenue, ...rest } = raw;
        const out: Record<string, unknown> = { ...rest, revenue: row.all / 100 };
        if (previousRevenue !== undefined && !sameCents(previousRevenue, row.previous / 100)) out.previousRevenue = previousRevenue;
        return out;
      });
      return { ...data, clients };
    },
  },
};

/**
 * Progress: quizAnswers (lesson id → the answers checked so far in an unfinished attempt) starts
 * empty. Finished results are unchanged.
 */
const migrateV3toV4: Migration = {
  version: 4,
  title: 'Quiz answers kept while a quiz is in progress',
  stores: {
    progress(data) {
      if (!isRecord(data)) throw new Error('v3 progress is not an object');
      return { ...data, quizAnswers: isRecord(data.quizAnswers) ? data.quizAnswers : {} };
    },
  },
};

/** The registry. Append only; never edit a released entry. */
export const MIGRATIONS: readonly Migration[] = [migrateV1toV2, migrateV2toV3, migrateV3toV4];

/** The version this code reads and writes (schemaVersion.ts; a test holds it equal to the last migration's). */
export { SCHEMA_VERSION } from './schemaVersion.ts';

/**
 * Problems with a registry (tested, so a bad edit fails CI rather than users' data): versions must
 * be integers, start at FIRST_SCHEMA_VERSION + 1 and go up by exactly one.
 */
export function checkMigrationRegistry(list: readonly Migration[]): string[] {
  const problems: string[] = [];
  list.forEach((m, i) => {
    const expected = FIRST_SCHEMA_VERSION + 1 + i;
    if (!Number.isInteger(m.version)) problems.push(`migration #${i} has a non-integer version`);
    else if (m.version !== expected) problems.push(`migration #${i} is version ${m.version}, expected ${expected}`);
    if (!m.title.trim()) problems.push(`migration ${m.version} has no title`);
  });
  return problems;
}

export type MigrateResult = { ok: true; data: unknown } | { ok: false; error: 'newer-version' | 'invalid-version' | 'migration-failed' };

/** Runs every migration after `fromVersion` for `store`. Never throws. */
export function migrateStoreData(
  store: StoreName,
  data: unknown,
  fromVersion: number,
  context: MigrationContext,
  list: readonly Migration[] = MIGRATIONS,
): MigrateResult {
  const target = list.at(-1)?.version ?? FIRST_SCHEMA_VERSION;
  if (!Number.isInteger(fromVersion) || fromVersion < FIRST_SCHEMA_VERSION) return { ok: false, error: 'invalid-version' };
  if (fromVersion > target) return { ok: false, error: 'newer-version' };
  let current = data;
  try {
    for (const m of list) {
      if (m.version <= fromVersion) continue;
      const step = m.stores[store];
      if (step) current = step(current, context);
    }
  } catch {
    return { ok: false, error: 'migration-failed' };
  }
  return { ok: true, data: current };
}
