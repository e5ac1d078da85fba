/** The ✕ that removes one row of an editor's table or list; `label` says which row to a screen reader. */
export function RemoveRowButton({ label, class: extra, onClick }: { label: string; class: string; onClick: () => void }) {
  return (
    <button type="button" class={`button secondary ${extra}`} onClick={onClick}>
      <span aria-hidden="true">✕</span>
      <span class="sr-only">{label}</span>
    </button>
  );
}
