/**
 * The state layer's public surface: persisted stores and their actions, backup/restore, storage
 * status. Widgets import from here (`src/state/index.ts`), read stores with `useStored` from
 * `src/widgets/shared/useStored.ts`, and never touch localStorage themselves.
 */
export * from './schemas.ts';
export * from './settings.ts';
export * from './portfolio.ts';
export * from './portfolioActions.ts';
export * from './portfolioPeriod.ts';
export * from './portfolioCurrency.ts';
export * from './assessments.ts';
export * from './diagnosisEdits.ts';
export * from './planEdits.ts';
export * from './matrixConfig.ts';
export * from './segments.ts';
export * from './buyingCentres.ts';
export * from './accountTeams.ts';
export * from './accountReviews.ts';
export * from './costToServe.ts';
export * from './valuePropositions.ts';
export * from './kraljic.ts';
export * from './progress.ts';
export * from './progressActions.ts';
export * from './stores.ts';
export * from './backup.ts';
export * from './localData.ts';
export * from './reset.ts';
export * from './demo.ts';
export { activeWorkspace, setActiveWorkspace, type Workspace } from './workspace.ts';
export {
  $storageStatus,
  STORE_NAMES,
  dismissNotice,
  quarantinedDownload,
  keptCopyDownload,
  type StoreName,
  type StorageNotice,
  type StorageNoticeKind,
  type StorageStatus,
  type QuarantineReason,
  type DownloadFile,
} from './status.ts';
export { SCHEMA_VERSION } from './schemaVersion.ts';
export { persistedStores, reloadAllStores, type PersistedStore, type StoreMeta, type WriteResult } from './persisted.ts';
export { KEY_PREFIX, type StorageErrorKind } from './storage.ts';
