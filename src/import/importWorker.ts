/// <reference lib="webworker" />
/**
 * Web Worker for large imports: the page posts the file's bytes, the worker parses them with the
 * domain and posts progress (at most every 1 %) and the outcome, compact: clients, monthly sums, and
 * the lines as typed arrays only when the caller needs them. The page cancels by terminating it.
 */
import { runImport, runPreview } from './importRun.ts';
import type { ImportOutcome, ImportRequest, ImportSettings } from './importRun.ts';
import { columnBuffers } from './lineColumns.ts';

export type WorkerRequest =
  { type: 'preview'; input: string | Uint8Array; options: ImportSettings } | { type: 'import'; request: ImportRequest };

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'preview'; preview: ReturnType<typeof runPreview> }
  | { type: 'import'; outcome: ImportOutcome };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'preview') {
    const reply: WorkerMessage = { type: 'preview', preview: runPreview(message.input, message.options) };
    scope.postMessage(reply);
    return;
  }
  let last = -1;
  const outcome = runImport(message.request, (fraction) => {
    if (fraction - last >= 0.01 || fraction === 1) {
      last = fraction;
      const progress: WorkerMessage = { type: 'progress', fraction };
      scope.postMessage(progress);
    }
  });
  const reply: WorkerMessage = { type: 'import', outcome };
  // The lines' columns are moved to the page, not copied (the worker ends after this message).
  scope.postMessage(reply, outcome.ok && outcome.lineColumns ? columnBuffers(outcome.lineColumns) : []);
};
