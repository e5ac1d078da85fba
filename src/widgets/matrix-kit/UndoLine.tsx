/** "Criterion removed. [Undo]": the line a matrix editor shows after a removal it can take back. */
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';

export function UndoLine({ locale, message, onUndo }: { locale: Locale; message: string | null; onUndo: () => void }) {
  if (message === null) return null;
  return (
    <p class="mx-undo no-print">
      {message}{' '}
      <button type="button" class="button secondary mx-small" onClick={onUndo}>
        {COMMON[locale].undo}
      </button>
    </p>
  );
}
