/// <reference lib="webworker" />
/**
 * Web Worker that turns a workbook sheet into CSV text, so unzipping and parsing a large .xlsx
 * never blocks the page. One request, one reply; the page terminates the worker to cancel.
 */
import { xlsxToCsv } from './xlsx.ts';
import type { XlsxConversion } from './xlsx.ts';

export type XlsxWorkerRequest = { bytes: Uint8Array; sheet?: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<XlsxWorkerRequest>) => {
  const { bytes, sheet } = event.data;
  const reply: XlsxConversion = xlsxToCsv(bytes, sheet === undefined ? {} : { sheet });
  scope.postMessage(reply);
};
