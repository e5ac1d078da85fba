import { lazyImport } from '../../scripts/lazyImport.ts';

/** The CSV exports and the download code (matrixCsv.ts), fetched on an export button's click. */
export const matrixExports = () => lazyImport(() => import('./matrixCsv'));
