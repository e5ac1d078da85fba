/**
 * The toast of the tools that report in an `<UndoToast>` (portfolio, Pareto…): the message, how a
 * write is reported (`writeToast`: the done text, or why it was not saved, followed by `kept`), and
 * `failed` for a write that only speaks when it did not work (the period bar).
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { WriteResult } from '../../state/index.ts';
import type { ToastState } from './UndoToast.tsx';
import { keptOnPage, writeToast } from './writeProblem';

export function useWriteToast(locale: Locale, kept: string = keptOnPage(locale)) {
  const [toast, setToast] = useState<ToastState>(null);
  const report = (result: WriteResult, done: ToastState): void => setToast(writeToast(result, locale, done, kept));
  return {
    toast,
    setToast,
    report,
    failed: (result: WriteResult): void => {
      if (!result.ok) report(result, null);
    },
    close: () => setToast(null),
  };
}
