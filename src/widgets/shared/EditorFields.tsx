/**
 * The fields the per-account editors (account team, buying centre, value proposition, account review)
 * build their fieldsets from: a text field and a select of fixed choices that hand the editor the new
 * value rather than the event (any other attribute, such as `id`, `data-field`, `aria-*` or a key
 * handler, goes through to the element), an entry's legend, the "add" button under a list and the
 * focus moved into the new entry.
 */
import type { ComponentChildren, JSX } from 'preact';

type TextProps = Omit<JSX.HTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'type'> & {
  value: string;
  onValue: (text: string) => void;
  maxLength?: number;
};

/** A one-line text field (200 characters unless `maxLength` says otherwise). */
export function TextInput({ value, onValue, maxLength = 200, ...rest }: TextProps) {
  return <input {...rest} type="text" value={value} maxLength={maxLength} onInput={(e) => onValue(e.currentTarget.value)} />;
}

type ChoiceProps<C extends string | number> = Omit<JSX.HTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  choices: readonly C[];
  /** The words shown for a choice. */
  label: (choice: C) => string;
  value: string | number;
  /** The chosen option's value as text ('' for an empty option given as a child). */
  onValue: (value: string) => void;
  /** Options before the choices, e.g. "nobody". */
  children?: ComponentChildren;
};

/** A select of fixed choices. */
export function ChoiceSelect<C extends string | number>({ choices, label, value, onValue, children, ...rest }: ChoiceProps<C>) {
  return (
    <select {...rest} value={String(value)} onChange={(e) => onValue(e.currentTarget.value)}>
      {children}
      {choices.map((c) => (
        <option key={c} value={String(c)}>
          {label(c)}
        </option>
      ))}
    </select>
  );
}

/** After "add", once the new entry is rendered: the focus goes to the last field `selector` finds, where the eye goes. */
export function focusLastField(selector: string) {
  requestAnimationFrame(() => {
    const fields = document.querySelectorAll<HTMLElement>(selector);
    fields[fields.length - 1]?.focus();
  });
}

/** A list entry's legend: "Person 2", with the name once typed ("Person 2: Ana Lima"). */
export const withName = (head: string, name: string) => (name.trim() === '' ? head : `${head}: ${name}`);

/** The "add" button under a list of entries (`data-action` names it for the tests). */
export function AddEntryButton({ action, label, onClick }: { action: string; label: string; onClick: () => void }) {
  return (
    <p>
      <button type="button" class="button secondary" data-action={action} onClick={onClick}>
        {label}
      </button>
    </p>
  );
}
