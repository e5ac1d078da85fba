/**
 * `<StatusRegion>`: the one place a tool says what just happened. Any widget can use it.
 *
 * Two live regions are always in the page, even when empty, because screen readers only announce
 * changes to a region that already exists:
 * - `role="status"` (polite): information ("Sample loaded…", "Plan of 2026 deleted.");
 * - `role="alert"` (assertive): errors ("Not saved: …"), which interrupt.
 * The message shows in the region of its tone; an optional Undo button follows it.
 *
 * Props:
 * - `locale`: the page language (the Undo button's word comes from the common dictionary).
 * - `status`: `{ tone: 'info' | 'error'; text: string; undo?: () => void }`, or null for nothing.
 *   `undo` offers to take back the last destructive action; the button calls it.
 * - `focusUndo` (default true): when a status with `undo` appears, keyboard focus moves to the Undo
 *   button. A delete usually removes the control that had focus; this puts the user where the way
 *   back is instead of at the top of the page.
 * Any other message takes focus when focus fell to the page (the button that was used got disabled
 * or removed, e.g. "Load sample data"), so a keyboard user continues from the news, not from the top.
 * The region is hidden in print.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { COMMON } from '../../i18n/common';
import './StatusRegion.css';

export type StatusTone = 'info' | 'error';
export type Status = { tone: StatusTone; text: string; undo?: (() => void) | undefined };

export interface StatusRegionProps {
  locale: Locale;
  status: Status | null;
  focusUndo?: boolean;
}

export function StatusRegion({ locale, status, focusUndo = true }: StatusRegionProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const hasUndo = status?.undo !== undefined;
  useEffect(() => {
    if (hasUndo && focusUndo) undoButton.current?.focus();
    else if (status && (document.activeElement === null || document.activeElement === document.body)) message.current?.focus();
  }, [status, hasUndo, focusUndo]);

  const line = (tone: StatusTone) =>
    status?.tone === tone ? (
      <p class={tone === 'error' ? 'status-message is-error' : 'status-message'} tabIndex={-1} ref={message}>
        <span>{status.text}</span>
        {status.undo && (
          <button type="button" class="button secondary" ref={undoButton} onClick={status.undo}>
            {COMMON[locale].undo}
          </button>
        )}
      </p>
    ) : null;

  return (
    <div>
      <div class="status-region" role="status" aria-live="polite">
        {line('info')}
      </div>
      <div class="status-region" role="alert" aria-live="assertive">
        {line('error')}
      </div>
    </div>
  );
}

export default StatusRegion;
