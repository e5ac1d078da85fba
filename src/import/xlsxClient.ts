/**
 * Starts the conversion of a workbook sheet to CSV: in a Web Worker when the browser has one (the
 * reader, fflate and saxen then load only there), else on the page. This module is itself loaded
 * with a dynamic import when an .xlsx is picked, so no page downloads any of it up front.
 */
import type { XlsxConversion } from './xlsx.ts';
import type { XlsxWorkerRequest } from './xlsxWorker.ts';
import { lazyImport } from '../scripts/lazyImport.ts';

export function convertWorkbook(bytes: Uint8Array, sheet?: number): Promise<XlsxConversion> {
  const request: XlsxWorkerRequest = sheet === undefined ? { bytes } : { bytes, sheet };
  if (typeof Worker === 'undefined') {
    return lazyImport(() => import('./xlsx.ts')).then((m) => m.xlsxToCsv(bytes, sheet === undefined ? {} : { sheet }));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsxWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<XlsxConversion>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('xlsx worker failed'));
    };
    worker.postMessage(request);
  });
}
