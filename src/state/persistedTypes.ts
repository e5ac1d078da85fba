/**
 * What a persisted store is (`PersistedStore`), what it says about itself (`StoreMeta`) and what a
 * write returns (`WriteResult`). The behaviour is in persisted.ts.
 */
import type { ReadableAtom, WritableAtom } from 'nanostores';
import type { Schema } from '../domain/index.ts';
import type { StoreName } from './status.ts';
import type { StorageErrorKind } from './storage.ts';
import type { Workspace } from './workspace.ts';

export type WriteResult =
  | { ok: true }
  /** Refused, memory unchanged: the stored data is from a newer version / the value failed validation. */
  | { ok: false; reason: 'read-only' | 'invalid' }
  /**
   * Refused, memory unchanged: storage holds a value that could not be read nor copied aside; it is
   * kept until the user downloads or discards the copy (the quarantine notice), so no edit destroys it.
   */
  | { ok: false; reason: 'held' }
  /** Another tab had saved newer data: this tab now shows it; the change was not applied. */
  | { ok: false; reason: 'conflict' }
  /** Storage refused the write: the change lives in memory only; the old saved value is intact. */
  | { ok: false; reason: 'not-saved'; error: StorageErrorKind };

export type StoreMeta = {
  /** True when a newer version of the site saved this store: writes are refused. */
  readOnly: boolean;
  /** Version of what is in storage (null when nothing is stored). */
  storedVersion: number | null;
  /** When what is in storage was saved (null when nothing is stored). */
  savedAt: string | null;
  /** True when the in-memory value is not what storage holds (a write failed). */
  unsaved: boolean;
};

export interface PersistedStore<T> extends WritableAtom<T> {
  readonly storeName: StoreName;
  /** The storage key in the workspace the store was loaded in (`kam:<storeName>` or `kam:demo:<storeName>`). */
  readonly key: string;
  /** The workspace the store reads and writes (until its next `reload()`). */
  readonly workspace: Workspace;
  /** True when the store ignores workspaces (always the real key). */
  readonly shared: boolean;
  /** One stable default value (what the server renders); never mutate it. */
  readonly defaultValue: T;
  /** A fresh default value. */
  makeDefault(): T;
  readonly schema: Schema<T>;
  readonly $meta: ReadableAtom<StoreMeta>;
  /** Validates, checks for newer data from other tabs, writes; never throws. */
  write(value: T): WriteResult;
  update(fn: (current: T) => T): WriteResult;
  /**
   * Like `update`, but when another tab saved since this tab last looked, `fn` is applied to that
   * newer value instead of refusing: for changes to one item (one answer, one tick, one score) that
   * are right whatever the rest of the value is. Never writes back a stale copy of the other items.
   */
  updateLatest(fn: (current: T) => T): WriteResult;
  /** Re-reads storage (used after the backend changes, and by tests). */
  reload(): void;
  /** True when writes are refused: a newer version's data, or an unreadable value held (see `heldBy`). */
  isReadOnly(): boolean;
  /** The raw text currently in storage for this key (null when none or unreadable). */
  readRaw(): string | null;
}
