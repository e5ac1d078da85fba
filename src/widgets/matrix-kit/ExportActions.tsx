/** The CSV export buttons at the foot of a matrix tool; a failed download is reported by the tool. */
export type ExportAction = { action: string; label: string; disabled?: boolean; download: () => Promise<unknown> };

export function ExportActions({ title, actions, onFailed }: { title: string; actions: readonly ExportAction[]; onFailed: () => void }) {
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
            disabled={a.disabled}
            onClick={() => a.download().catch(onFailed)}
          >
            {a.label}
          </button>
        ))}
      </p>
    </>
  );
}
