/**
 * The CSV export buttons at the foot of a matrix tool; a failed download is reported by the tool.
 * The export code is fetched on the click, so a button is busy until its file is made.
 */
import { useState } from 'preact/hooks';

export type ExportAction = { action: string; label: string; disabled?: boolean; download: () => Promise<unknown> };

export function ExportActions({ title, actions, onFailed }: { title: string; actions: readonly ExportAction[]; onFailed: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = (a: ExportAction) => {
    setBusy(a.action);
    a.download()
      .catch(onFailed)
      .finally(() => setBusy(null));
  };
  return (
    <>
      <h3 class="no-print">{title}</h3>
      <p class="mx-actions no-print">
        {actions.map((a) => (
          <button
            key={a.action}
            type="button"
            class="button secondary"
            data-action={a.action}
            disabled={a.disabled || busy === a.action}
            aria-busy={busy === a.action ? 'true' : undefined}
            onClick={() => run(a)}
          >
            {a.label}
          </button>
        ))}
      </p>
    </>
  );
}
