/**
 * The buying centre's editors: our team (names typed here, offered as "covered by") and the people at
 * the customer, one fieldset each. Every change goes to `onChange` as a function of the lists as
 * stored now (two quick edits before a re-render must not undo each other); the tool stores them.
 * Labels are visible and unique per person, so a screen reader and the keyboard find them.
 */
import { useState } from 'preact/hooks';
import { BUYING_ROLES, POWER_LEVELS, STANCES, newBuyingPerson } from '../../domain/index.ts';
import type { BuyingCentre, BuyingPerson, BuyingRole, Power, Stance } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Dictionary } from '../../i18n/locales';
import { AddEntryButton, ChoiceSelect, TextInput, focusLastField, withName } from '../shared/EditorFields';
import type en from './strings.en';
import { RemoveRowButton } from '../shared/RemoveRowButton';

type T = Dictionary<typeof en>;
type Lists = Pick<BuyingCentre, 'team' | 'people'>;
type Update = (fn: (current: Lists) => Lists) => void;

export function TeamEditor({
  t,
  uid,
  centre,
  onChange,
  onRemove,
}: {
  t: T;
  uid: string;
  centre: Lists;
  onChange: Update;
  onRemove: (index: number) => void;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const name = draft.trim();
    if (name === '') return;
    onChange((c) =>
      c.team.some((m) => m.trim().toLocaleLowerCase() === name.toLocaleLowerCase()) ? c : { ...c, team: [...c.team, name] },
    );
    setDraft('');
  };
  return (
    <section class="bc-team no-print" aria-labelledby={`${uid}-team`}>
      <h4 id={`${uid}-team`}>{t.teamTitle}</h4>
      <p class="muted">{t.teamHint}</p>
      <ul class="bc-team-list">
        {centre.team.map((member, i) => (
          <li key={i}>
            <span>{member}</span>
            <RemoveRowButton class="bc-small" label={fill(t.removeMember, { name: member })} onClick={() => onRemove(i)} />
          </li>
        ))}
      </ul>
      <div class="bc-add-member">
        <label for={`${uid}-member`}>{t.teamNew}</label>
        <TextInput
          id={`${uid}-member`}
          data-field="team-new"
          value={draft}
          onValue={setDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="button secondary" onClick={add}>
          {t.addMember}
        </button>
      </div>
    </section>
  );
}

function PersonFields({
  t,
  uid,
  index,
  person,
  team,
  set,
  remove,
}: {
  t: T;
  uid: string;
  index: number;
  person: BuyingPerson;
  team: readonly string[];
  set: (patch: Partial<BuyingPerson> | ((p: BuyingPerson) => Partial<BuyingPerson>)) => void;
  remove: () => void;
}) {
  const id = `${uid}-${person.id}`;
  const toggleRole = (role: BuyingRole, on: boolean) =>
    set((p) => ({ roles: BUYING_ROLES.filter((r) => (r === role ? on : p.roles.includes(r))) }));
  // A name typed before it was in the team (an old map, a restored backup) stays visible as an option.
  const coverers = person.coveredBy !== '' && !team.includes(person.coveredBy) ? [...team, person.coveredBy] : team;
  return (
    <fieldset class="item-fieldset bc-person" data-person={index + 1}>
      <legend>{withName(fill(t.person, { n: index + 1 }), person.name)}</legend>
      <div class="bc-person-row">
        <label for={`${id}-name`}>{t.name}</label>
        <TextInput id={`${id}-name`} data-field="name" value={person.name} onValue={(name) => set({ name })} />
        <label for={`${id}-title`}>{t.jobTitle}</label>
        <TextInput id={`${id}-title`} data-field="job-title" value={person.jobTitle} onValue={(jobTitle) => set({ jobTitle })} />
      </div>
      <fieldset class="bc-roles">
        <legend>{t.roles}</legend>
        {BUYING_ROLES.map((role) => (
          <label key={role} class="bc-check">
            <input
              type="checkbox"
              value={role}
              checked={person.roles.includes(role)}
              onChange={(e) => toggleRole(role, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t[`role.${role}`]}</span>
          </label>
        ))}
      </fieldset>
      <div class="bc-person-row">
        <label for={`${id}-power`}>{t.power}</label>
        <ChoiceSelect
          id={`${id}-power`}
          data-field="power"
          choices={POWER_LEVELS}
          label={(p) => t[`power.${p}`]}
          value={person.power}
          onValue={(v) => set({ power: v as Power })}
        />
        <label for={`${id}-stance`}>{t.stance}</label>
        <ChoiceSelect
          id={`${id}-stance`}
          data-field="stance"
          choices={STANCES}
          label={(s) => t[`stance.${s}`]}
          value={person.stance}
          onValue={(v) => set({ stance: v as Stance })}
        />
        <label for={`${id}-covered`}>{t.coveredBy}</label>
        <ChoiceSelect
          id={`${id}-covered`}
          data-field="covered-by"
          choices={coverers}
          label={(m) => m}
          value={person.coveredBy}
          onValue={(coveredBy) => set({ coveredBy })}
        >
          <option value="">{t.nobody}</option>
        </ChoiceSelect>
      </div>
      <button type="button" class="button secondary bc-small" onClick={remove}>
        {fill(t.removePerson, { name: person.name.trim() || t.unnamed })}
      </button>
    </fieldset>
  );
}

export function PeopleEditor({
  t,
  uid,
  centre,
  onChange,
  onRemove,
}: {
  t: T;
  uid: string;
  centre: Lists;
  onChange: Update;
  onRemove: (person: BuyingPerson) => void;
}) {
  const set = (personId: string, patch: Partial<BuyingPerson> | ((p: BuyingPerson) => Partial<BuyingPerson>)) =>
    onChange((c) => ({
      ...c,
      people: c.people.map((p) => (p.id === personId ? { ...p, ...(typeof patch === 'function' ? patch(p) : patch) } : p)),
    }));
  const add = () => {
    onChange((c) => ({ ...c, people: [...c.people, newBuyingPerson(c.people)] }));
    focusLastField(`#${CSS.escape(`${uid}-people`)} ~ .bc-person [data-field="name"]`);
  };
  return (
    <section class="bc-people no-print" aria-labelledby={`${uid}-people`}>
      <h4 id={`${uid}-people`}>{t.peopleTitle}</h4>
      {centre.people.length === 0 && <p class="note">{t.peopleEmpty}</p>}
      {centre.people.map((p, i) => (
        <PersonFields
          key={p.id}
          t={t}
          uid={uid}
          index={i}
          person={p}
          team={centre.team}
          set={(patch) => set(p.id, patch)}
          remove={() => onRemove(p)}
        />
      ))}
      <AddEntryButton action="add-person" label={t.addPerson} onClick={add} />
    </section>
  );
}
