import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { lazyImport } from '../../scripts/lazyImport';
import './StatusRegion.css';

/**
 * The print button of a tool or page. `window.print()` throws in some embedded and locked-down
 * browsers (a sandboxed frame, a kiosk policy); the click must then say so and point to the
 * browser's own command, not do nothing. `onPrint` prepares the page (a class the print CSS reads)
 * and returns what undoes it; it runs around the call.
 */
export function PrintButton({
  locale,
  children,
  disabled = false,
  class: className = 'button secondary',
  onPrint,
}: {
  locale: Locale;
  children: ComponentChildren;
  disabled?: boolean;
  class?: string;
  onPrint?: () => (() => void) | void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  function print() {
    setProblem(null);
    const undo = onPrint?.();
    try {
      window.print();
    } catch (error) {
      if (undo) undo();
      const detail = error instanceof Error && error.message ? error.message : String(error);
      // The words load only now: most pages never need them (the progress page has no other use
      // for the common dictionary). Without them, the browser's own reason is still said.
      lazyImport(() => import('../../i18n/common')).then(
        ({ COMMON }) => setProblem(fill(COMMON[locale].printFailed, { detail })),
        () => setProblem(detail),
      );
    }
  }
  return (
    <>
      <button type="button" class={className} data-action="print" onClick={print} disabled={disabled}>
        {children}
      </button>
      {problem && (
        <span class="status-message is-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
