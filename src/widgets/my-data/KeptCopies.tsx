/** Copies of damaged or unreadable saved data the site kept aside: download or delete each. */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { deleteKeptCopy } from '../../state/index';
import { fill } from '../../i18n/fill';
import type { MyDataStrings } from './strings';
import { Feedback, formatBytes, loadActions, type Message } from './parts';

export function KeptCopies(props: {
  t: MyDataStrings;
  locale: Locale;
  kept: { key: string; kind: 'quarantine' | 'premigration'; store: string; bytes: number }[];
  storeLabel: (s: string) => string;
  onChange: () => void;
}) {
  const { t, locale, kept, storeLabel, onChange } = props;
  const [message, setMessage] = useState<Message>(null);
  return (
    <div class="my-data__block">
      <h2>{t.keptTitle}</h2>
      <p>{t.keptIntro}</p>
      <ul class="my-data__kept">
        {kept.map((copy) => {
          const label = fill(t[`kept.${copy.kind}`], { store: storeLabel(copy.store) });
          return (
            <li key={copy.key} data-kept={copy.key}>
              <span>
                {label} <span class="muted">({formatBytes(locale, copy.bytes)})</span>
              </span>
              <span class="my-data__actions">
                <button
                  type="button"
                  class="button secondary"
                  aria-label={`${t.keptDownload}: ${label}`}
                  onClick={() => {
                    loadActions().then(
                      (actions) => actions.downloadKeptCopy(copy.key),
                      () => setMessage({ tone: 'error', text: t.actionFailed }),
                    );
                  }}
                >
                  {t.keptDownload}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  aria-label={`${t.keptDelete}: ${label}`}
                  onClick={() => {
                    if (deleteKeptCopy(copy.key)) setMessage({ tone: 'ok', text: t.keptDeleted });
                    onChange();
                  }}
                >
                  {t.keptDelete}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <Feedback message={message} />
    </div>
  );
}
