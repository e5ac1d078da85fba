/** Reset: delete everything this site keeps in this browser, after a confirmation step. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { resetAllData } from '../../state/index';
import type { StoreName } from '../../state/index';
import { fill } from '../../i18n/fill';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import type { MyDataStrings } from './strings';
import { Feedback, type Message } from './parts';

export function ResetSection(props: { locale: Locale; t: MyDataStrings; storeLabel: (s: StoreName) => string; onDone: () => void }) {
  const { t, storeLabel, onDone } = props;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) titleRef.current?.focus();
  }, [confirming]);

  // Focus goes back to the "Reset…" button when the confirmation closes (it was unmounted while open).
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const reset = () => {
    const result = resetAllData();
    setConfirming(false);
    if (result.demo) {
      setMessage({ tone: 'error', text: t['error.demo'] });
      onDone();
      return;
    }
    const readOnly = result.readOnly.length > 0 ? ` ${fill(t.resetReadOnly, { stores: result.readOnly.map(storeLabel).join(', ') })}` : '';
    setMessage(
      result.ok
        ? { tone: 'ok', text: `${t.resetDone}${readOnly}` }
        : { tone: 'error', text: `${fill(t.resetFailed, { stores: result.failed.map(storeLabel).join(', ') })}${readOnly}` },
    );
    onDone();
  };

  return (
    <div class="my-data__block my-data__reset">
      <h2>{t.resetTitle}</h2>
      <p>{t.resetIntro}</p>
      {!confirming && (
        <button type="button" ref={openRef} class="button danger" data-action="reset-all" onClick={() => setConfirming(true)}>
          {t.resetButton}
        </button>
      )}
      {confirming && (
        <div class="my-data__confirm my-data__confirm--danger" role="group" aria-labelledby="my-data-reset-title">
          <h3 id="my-data-reset-title" tabIndex={-1} ref={titleRef}>
            {t.resetConfirmTitle}
          </h3>
          <p>{t.resetConfirmText}</p>
          <div class="my-data__actions">
            <button type="button" class="button danger" data-action="reset-confirm" onClick={reset}>
              {t.resetConfirm}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {COMMON[props.locale].cancel}
            </button>
          </div>
        </div>
      )}
      <Feedback message={message} />
    </div>
  );
}
