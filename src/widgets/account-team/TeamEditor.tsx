/**
 * The team editor and the RACI grid of one account. Every change goes to `onChange` as a function of
 * the lists as stored now (two quick edits before a re-render must not undo each other); the tool
 * stores them. The grid is a real table: one select per cell, labelled with its decision and person,
 * so the keyboard moves with Tab and changes a letter with the arrow keys. A print-only copy shows the
 * letters alone (a trainer hands the RACI out).
 */
import { RACI_LETTERS, TEAM_DECISIONS, TEAM_FUNCTIONS, TEAM_ROLES, newTeamMember, raciLetter, setRaciCell } from '../../domain/index.ts';
import type { AccountTeam, RaciLetter, TeamMember } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Dictionary } from '../../i18n/locales';
import { ChoiceSelect, TextInput, withName } from '../shared/EditorFields';
import type en from './strings.en';

type T = Dictionary<typeof en>;
export type Lists = Pick<AccountTeam, 'members' | 'raci'>;
type Update = (fn: (current: Lists) => Lists) => void;

export function MembersEditor({
  t,
  uid,
  team,
  onChange,
  onRemove,
}: {
  t: T;
  uid: string;
  team: Lists;
  onChange: Update;
  onRemove: (m: TeamMember) => void;
}) {
  const set = (id: string, patch: Partial<TeamMember>) =>
    onChange((c) => ({ ...c, members: c.members.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
  return (
    <section class="at-members no-print" aria-labelledby={`${uid}-members`}>
      <h4 id={`${uid}-members`}>{t.membersTitle}</h4>
      {team.members.length === 0 && <p class="muted">{t.membersEmpty}</p>}
      {team.members.map((m, i) => {
        const id = `${uid}-${m.id}`;
        return (
          <fieldset class="item-fieldset" key={m.id} data-member={i + 1}>
            <legend>{withName(fill(t.member, { n: i + 1 }), m.name)}</legend>
            <div class="at-row">
              <span class="at-field">
                <label for={`${id}-name`}>{t.name}</label>
                <TextInput id={`${id}-name`} data-field="name" value={m.name} onValue={(name) => set(m.id, { name })} />
              </span>
              <span class="at-field">
                <label for={`${id}-role`}>{t.role}</label>
                <ChoiceSelect
                  id={`${id}-role`}
                  data-field="role"
                  choices={TEAM_ROLES}
                  label={(r) => t[`role.${r}`]}
                  value={m.role}
                  onValue={(v) => set(m.id, { role: v as TeamMember['role'] })}
                />
              </span>
              <span class="at-field">
                <label for={`${id}-function`}>{t.function}</label>
                <ChoiceSelect
                  id={`${id}-function`}
                  data-field="function"
                  choices={TEAM_FUNCTIONS}
                  label={(f) => t[`function.${f}`]}
                  value={m.function}
                  onValue={(v) => set(m.id, { function: v as TeamMember['function'] })}
                />
              </span>
              <button type="button" class="button secondary at-small" onClick={() => onRemove(m)}>
                {fill(t.removeMember, { name: m.name.trim() || t.unnamed })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button secondary"
        data-action="add-member"
        onClick={() => onChange((c) => ({ ...c, members: [...c.members, newTeamMember(c.members)] }))}
      >
        {t.addMember}
      </button>
    </section>
  );
}

export function RaciGrid({ t, uid, name, team, onChange }: { t: T; uid: string; name: string; team: Lists; onChange: Update }) {
  const people = team.members.filter((m) => m.name.trim() !== '');
  const setCell = (decision: (typeof TEAM_DECISIONS)[number], member: string, letter: RaciLetter | '') =>
    onChange((c) => ({ ...c, raci: setRaciCell(c, decision, member, letter) }));
  return (
    <section class="at-raci" aria-labelledby={`${uid}-raci`}>
      <h4 id={`${uid}-raci`}>{fill(t.raciTitle, { account: name })}</h4>
      {people.length === 0 ? (
        <p>{t.raciEmpty}</p>
      ) : (
        <>
          <p class="muted">{t.raciHint}</p>
          <div class="at-scroll no-print" role="region" aria-labelledby={`${uid}-raci`} tabIndex={0}>
            <table class="at-grid" data-table="raci">
              <caption class="sr-only">{fill(t.raciCaption, { account: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.raciDecision}</th>
                  {people.map((m) => (
                    <th scope="col" key={m.id}>
                      {m.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {TEAM_DECISIONS.map((d) => (
                  <tr key={d} data-decision={d}>
                    <th scope="row">{t[`decision.${d}`]}</th>
                    {people.map((m) => (
                      <td key={m.id}>
                        <ChoiceSelect
                          aria-label={fill(t.raciCell, { decision: t[`decision.${d}`], name: m.name })}
                          data-member={m.id}
                          choices={RACI_LETTERS}
                          label={(l) => t[`letter.${l}`]}
                          value={raciLetter(team, d, m.id)}
                          onValue={(v) => setCell(d, m.id, v as RaciLetter | '')}
                        >
                          <option value="">{t['letter.']}</option>
                        </ChoiceSelect>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <table class="at-grid print-only">
            <caption>{fill(t.raciCaption, { account: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.raciDecision}</th>
                {people.map((m) => (
                  <th scope="col" key={m.id}>
                    {m.name} ({t[`role.${m.role}`]})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {TEAM_DECISIONS.map((d) => (
                <tr key={d}>
                  <th scope="row">{t[`decision.${d}`]}</th>
                  {people.map((m) => (
                    <td key={m.id}>{raciLetter(team, d, m.id)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
