/**
 * Reset: delete everything this site keeps in this browser, after a confirmation step. The
 * confirmation and the reset are fetched on the "Reset all my data…" click (actions.tsx).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreName } from '../../state/index';
import type { Locale } from '../../i18n/locales';
import type { MyDataStrings } from './strings';
import { Feedback, loadActions, type Actions, type Message } from './parts';

export function ResetSection(props: { locale: Locale; t: MyDataStrings; storeLabel: (s: StoreName) => string; onDone: () => void }) {
  const { locale, t, storeLabel, onDone } = props;
  // The loaded actions while the confirmation is open; null when it is closed.
  const [confirming, setConfirming] = useState<Actions | null>(null);
  const [opening, setOpening] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  // Focus goes back to the "Reset…" button when the confirmation closes (it was unmounted while open).
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming !== null;
  }, [confirming]);

  const open = () => {
    setOpening(true);
    loadActions()
      .then(
        (actions) => setConfirming(() => actions),
        () => setMessage({ tone: 'error', text: t.actionFailed }),
      )
      .finally(() => setOpening(false));
  };

  const reset = (actions: Actions) => {
    setConfirming(null);
    setMessage(actions.reset(locale, storeLabel));
    onDone();
  };

  return (
    <div class="my-data__block my-data__reset">
      <h2>{t.resetTitle}</h2>
      <p>{t.resetIntro}</p>
      {!confirming && (
        <button type="button" ref={openRef} class="button danger" data-action="reset-all" onClick={open} disabled={opening}>
          {t.resetButton}
        </button>
      )}
      {confirming && <confirming.ResetConfirm locale={locale} onConfirm={() => reset(confirming)} onCancel={() => setConfirming(null)} />}
      <Feedback message={message} />
    </div>
  );
}
