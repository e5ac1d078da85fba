/**
 * Runs a preview or an import on the page for small inputs, in a Web Worker for large ones
 * (> LARGE_INPUT bytes) so the page stays responsive; `cancel()` terminates the worker.
 */
import type { ImportOutcome, ImportRequest, ImportSettings, PreviewOutcome } from './importRun.ts';
import type { WorkerMessage, WorkerRequest } from './importWorker.ts';
import { lazyImport } from '../scripts/lazyImport.ts';

export const LARGE_INPUT = 2 * 1024 * 1024;

export type Job<T> = { promise: Promise<T | 'cancelled'>; cancel: () => void };

export function inputSize(input: string | Uint8Array): number {
  return typeof input === 'string' ? input.length : input.byteLength;
}

function canUseWorker(): boolean {
  return typeof Worker !== 'undefined';
}

function inWorker<T>(message: WorkerRequest, pick: (m: WorkerMessage) => T | undefined, onProgress?: (f: number) => void): Job<T> {
  let worker: Worker | undefined;
  let settle: ((v: T | 'cancelled') => void) | undefined;
  const promise = new Promise<T | 'cancelled'>((resolve, reject) => {
    settle = resolve;
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') {
        onProgress?.(event.data.fraction);
        return;
      }
      const value = pick(event.data);
      if (value !== undefined) {
        worker?.terminate();
        resolve(value);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      reject(new Error('worker failed'));
    };
    worker.postMessage(message);
  });
  return {
    promise,
    cancel: () => {
      worker?.terminate();
      settle?.('cancelled');
    },
  };
}

export function startPreview(input: string | Uint8Array, options: ImportSettings): Job<PreviewOutcome> {
  if (inputSize(input) > LARGE_INPUT && canUseWorker()) {
    return inWorker({ type: 'preview', input, options }, (m) => (m.type === 'preview' ? m.preview : undefined));
  }
  return { promise: lazyImport(() => import('./importRun.ts')).then((m) => m.runPreview(input, options)), cancel: () => undefined };
}

export function startImport(request: ImportRequest, onProgress?: (fraction: number) => void): Job<ImportOutcome> {
  if (inputSize(request.input) > LARGE_INPUT && canUseWorker()) {
    return inWorker({ type: 'import', request }, (m) => (m.type === 'import' ? m.outcome : undefined), onProgress);
  }
  return {
    promise: lazyImport(() => import('./importRun.ts')).then((m) => m.runImport(request, onProgress)),
    cancel: () => undefined,
  };
}
