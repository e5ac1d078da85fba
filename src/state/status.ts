/**
 * `$storageStatus`: what the user must be told about their saved data. Not persisted (it describes
 * this page's session). `StorageNotices` renders it; `MyData` shows the persistence answer.
 *
 * Notice kinds:
 * - `quarantined`: a stored value could not be read (corrupt JSON, wrong shape, hostile keys, failed
 *   migration). The raw text was copied aside under `keptKey` (or, if even that failed, kept in this
 *   page's memory: `keptKey` is null) and the store started from its default.
 * - `not-saved`: a write failed (quota, blocked storage…). The edit lives in memory only; what was
 *   saved before is intact. The user should export a backup now.
 * - `read-only`: a newer version of the site saved this store; this page will not write over it.
 * - `conflict`: another tab saved newer data than this tab had; this tab reloaded it instead of
 *   overwriting it, so its last change was not applied.
 * - `unavailable`: the browser gives this site no storage at all (blocked or disabled).
 */
import { atom } from 'nanostores';
import type { StorageErrorKind } from './storage.ts';
import { safeGet } from './storage.ts';

export const STORE_NAMES = [
  'settings',
  'portfolio',
  'assessments',
  'matrixConfig',
  'segments',
  'progress',
  'buyingCentres',
  'costToServe',
  'valuePropositions',
  'accountTeams',
  'accountReviews',
  'kraljic',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export type QuarantineReason = 'corrupt-json' | 'hostile-keys' | 'invalid-envelope' | 'invalid-data' | 'migration-failed';

export type StorageNotice =
  | { id: string; kind: 'quarantined'; store: StoreName; key: string; keptKey: string | null; reason: QuarantineReason; at: string }
  | { id: string; kind: 'not-saved'; store: StoreName; key: string; error: StorageErrorKind; at: string }
  | { id: string; kind: 'read-only'; store: StoreName; key: string; storedVersion: number; codeVersion: number; at: string }
  | { id: string; kind: 'conflict'; store: StoreName; key: string; at: string }
  | { id: string; kind: 'unavailable'; error: StorageErrorKind; at: string };

export type StorageNoticeKind = StorageNotice['kind'];

export type StorageStatus = {
  /** Newest last. Dismissed notices are removed. */
  notices: StorageNotice[];
  /** The browser's answer to `navigator.storage.persist()`: null until asked or when it cannot be asked. */
  persistent: boolean | null;
};

export const $storageStatus = atom<StorageStatus>({ notices: [], persistent: null });

let counter = 0;
function nextId(kind: string): string {
  counter += 1;
  return `${kind}-${Date.now().toString(36)}-${counter}`;
}

type NewNotice = StorageNotice extends infer N ? (N extends StorageNotice ? Omit<N, 'id' | 'at'> : never) : never;

/**
 * Adds a notice. `not-saved`, `read-only`, `conflict` and `unavailable` are one per store (a second
 * one replaces the first and moves it last); every quarantine is its own notice.
 */
export function addNotice(notice: NewNotice): StorageNotice {
  const full = { ...notice, id: nextId(notice.kind), at: new Date().toISOString() } as StorageNotice;
  const current = $storageStatus.get();
  const notices = full.kind === 'quarantined' ? current.notices : current.notices.filter((n) => !sameSlot(n, full));
  $storageStatus.set({ ...current, notices: [...notices, full] });
  return full;
}

function sameSlot(a: StorageNotice, b: StorageNotice): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'unavailable') return true;
  return 'store' in b && a.store === b.store;
}

export function dismissNotice(id: string): void {
  const current = $storageStatus.get();
  $storageStatus.set({ ...current, notices: current.notices.filter((n) => n.id !== id) });
}

/** Removes notices of `kind` for `store` (e.g. `not-saved` once a later write succeeds). */
export function clearNotices(kind: StorageNoticeKind, store?: StoreName): void {
  const current = $storageStatus.get();
  const notices = current.notices.filter((n) => !(n.kind === kind && (store === undefined || ('store' in n && n.store === store))));
  if (notices.length !== current.notices.length) $storageStatus.set({ ...current, notices });
}

export function setPersistentAnswer(persistent: boolean | null): void {
  $storageStatus.set({ ...$storageStatus.get(), persistent });
}

/** Tests: forget every notice and kept-in-memory copy. */
export function resetStorageStatus(): void {
  memoryCopies.clear();
  heldCopies.clear();
  $storageStatus.set({ notices: [], persistent: null });
}

// ---------------------------------------------------------------------------------------------
// Kept copies

/** Raw values we could not even copy aside in storage: kept for this page's lifetime. */
const memoryCopies = new Map<string, string>();

/** Notice ids whose kept copy is the only one and has not been downloaded or discarded yet. */
const heldCopies = new Set<string>();

/**
 * Keeps `raw` for this page's lifetime. `holds`: it is the only copy of what storage still holds,
 * so the store refuses edits until the user downloads or discards it (`releaseKeptCopy`).
 */
export function keepInMemory(noticeId: string, raw: string, holds = false): void {
  memoryCopies.set(noticeId, raw);
  if (holds) heldCopies.add(noticeId);
}

/** True while the copy behind `noticeId` still holds its store (see `keepInMemory`). */
export function isHeld(noticeId: string): boolean {
  return heldCopies.has(noticeId);
}

/**
 * The user has downloaded the held copy, or chose to discard it (which also forgets the copy and
 * the notice): its store may write over the unreadable original again.
 */
export function releaseKeptCopy(noticeId: string, how: 'downloaded' | 'discarded'): void {
  heldCopies.delete(noticeId);
  if (how === 'discarded') {
    memoryCopies.delete(noticeId);
    dismissNotice(noticeId);
  }
}

/** A file to download: the user's kept copy, exactly as it was stored. */
export type DownloadFile = { fileName: string; text: string; mimeType: string };

function safeFilePart(text: string): string {
  return (
    text
      .replace(/[^a-zA-Z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'data'
  );
}

/**
 * The kept copy behind a quarantine notice (from storage, or from memory when storage refused it),
 * as a `.txt` file: it may not be valid JSON, and a text file opens anywhere. Null if it is gone.
 */
export function quarantinedDownload(notice: StorageNotice): DownloadFile | null {
  if (notice.kind !== 'quarantined') return null;
  let text: string | null = null;
  if (notice.keptKey) {
    const r = safeGet(notice.keptKey);
    text = r.ok ? r.value : null;
  }
  text ??= memoryCopies.get(notice.id) ?? null;
  if (text === null) return null;
  const name = notice.keptKey ?? `${notice.key}-${notice.at}`;
  return { fileName: `kam-academy-kept-${safeFilePart(name)}.txt`, text, mimeType: 'text/plain' };
}

/** A kept copy by its storage key (the My Data page lists them after a reload). */
export function keptCopyDownload(keptKey: string): DownloadFile | null {
  const r = safeGet(keptKey);
  if (!r.ok || r.value === null) return null;
  return { fileName: `kam-academy-kept-${safeFilePart(keptKey)}.txt`, text: r.value, mimeType: 'text/plain' };
}
