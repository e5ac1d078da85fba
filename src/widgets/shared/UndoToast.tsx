/**
 * The message after a change, with "Undo" when the change can be undone and links to where to go
 * next. It stays until the next change or until dismissed (no timer: keyboard and screen-reader
 * users need the time).
 */
import { useEffect, useRef } from 'preact/hooks';
import './undo-toast.css';

export type ToastLink = { href: string; label: string };
export type ToastState = { text: string; undo?: () => void; tone?: 'ok' | 'error'; next?: ToastLink[] } | null;

type Props = { toast: ToastState; undoLabel: string; dismissLabel: string; onClose: () => void };

/** Focus fell to the page itself: the control that had it (a deleted row's button) is gone. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

export function UndoToast({ toast, undoLabel, dismissLabel, onClose }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  // A keyboard user whose button went with what they deleted lands on "Undo", not at the top of the page.
  useEffect(() => {
    if (toast?.undo && focusLost()) undoButton.current?.focus();
  }, [toast]);
  const close = (after?: () => void) => {
    onClose();
    after?.();
  };
  return (
    <div class="undo-toast-region" role="status" aria-live="polite">
      {toast && (
        <div class={`undo-toast${toast.tone === 'error' ? ' is-error' : ''}`}>
          <span>{toast.text}</span>
          {toast.next && toast.next.length > 0 && (
            <span class="undo-toast__next" data-next-steps>
              {toast.next.map((link) => (
                <a key={link.href} href={link.href}>
                  {link.label}
                </a>
              ))}
            </span>
          )}
          {toast.undo && (
            <button type="button" class="button secondary" data-action="undo" ref={undoButton} onClick={() => close(toast.undo)}>
              {undoLabel}
            </button>
          )}
          <button type="button" class="button secondary" onClick={() => close()}>
            {dismissLabel}
          </button>
        </div>
      )}
    </div>
  );
}
