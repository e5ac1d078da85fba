/**
 * The message after a change, with "Undo" when the change can be undone and links to where to go
 * next. It stays until the next change or until dismissed (no timer: keyboard and screen-reader
 * users need the time).
 */
import './undo-toast.css';

export type ToastLink = { href: string; label: string };
export type ToastState = { text: string; undo?: () => void; tone?: 'ok' | 'error'; next?: ToastLink[] } | null;

type Props = { toast: ToastState; undoLabel: string; dismissLabel: string; onClose: () => void };

export function UndoToast({ toast, undoLabel, dismissLabel, onClose }: Props) {
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
            <button
              type="button"
              class="button secondary"
              data-action="undo"
              onClick={() => {
                const undo = toast.undo;
                onClose();
                undo?.();
              }}
            >
              {undoLabel}
            </button>
          )}
          <button type="button" class="button secondary" onClick={onClose}>
            {dismissLabel}
          </button>
        </div>
      )}
    </div>
  );
}
