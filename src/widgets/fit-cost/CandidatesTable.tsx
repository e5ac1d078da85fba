/**
 * The fit and cost scores of every client, key accounts first, then the candidates marked from
 * Pareto class A (badged so), then the rest by revenue. A pair is saved once both scores are 0–10;
 * a half-typed or out-of-range row stays a draft here, announced below the table.
 */
import { useRef, useState } from 'preact/hooks';
import { isMatrixScore } from '../../domain/index.ts';
import type { FitCostPoint } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { getAssessment, setFitCost } from '../../state/index.ts';
import type { Assessments, Client } from '../../state/index.ts';
import type { useTyping } from '../shared/useTyping.ts';
import { zoneName } from '../matrix-kit/names';
import { formatTyped } from '../matrix-kit/numberText';
import { parseTyped } from '../matrix-kit/readTyped';
import type { WriteResult } from '../../state/index.ts';
import { onScoreKey } from '../matrix-kit/gridKeys';
import type { STRINGS } from './strings';
import { CANDIDATE_STRINGS } from './candidateStrings';
import { TableHead } from '../shared/TableHead.tsx';

type RowDraft = { fit: string; cost: string };
type Typing = ReturnType<typeof useTyping>;
const FIELDS = ['fit', 'cost'] as const;

/** A draft with a score typed that is not 0–10 (an empty score is only unfinished). */
function outOfRange(d: RowDraft, locale: Locale): boolean {
  return FIELDS.some((f) => {
    const n = parseTyped(d[f], locale);
    return n !== null && !isMatrixScore(n);
  });
}

export function CandidatesTable(props: {
  locale: Locale;
  /** The tool's words, from the first download (imported here, its dictionary would be split out of it). */
  t: (typeof STRINGS)[Locale];
  candidates: readonly Client[];
  assessments: Assessments;
  pointOf: ReadonlyMap<string, FitCostPoint>;
  money: (n: number) => string;
  /** Told every write's result (the tool says the refused ones: useMatrixStatus). */
  onRefused: (r: WriteResult) => void;
  /**
   * The score cells' typing (useTyping), kept by the island: useTyping is in its first download, and
   * imported by this lazily fetched part it would be split into a chunk of its own on every matrix page.
   */
  typing: Typing;
}) {
  const { locale, t, candidates, assessments, pointOf, money, onRefused, typing } = props;
  const w = CANDIDATE_STRINGS[locale];
  // A Map: client keys are user data ("constructor" is a fine client name, not Object's constructor).
  const [drafts, setDrafts] = useState<ReadonlyMap<string, RowDraft>>(() => new Map());
  const table = useRef<HTMLTableElement>(null);
  const nameOf = new Map(candidates.map((c) => [c.key, c.name]));

  const onScore = (client: Client, field: 'fit' | 'cost', input: HTMLInputElement) => {
    typing.typed(`${client.key}\u0000${field}`, input.value);
    const stored = getAssessment(client.key).fitCost;
    const current = drafts.get(client.key) ?? { fit: stored ? String(stored.fit) : '', cost: stored ? String(stored.cost) : '' };
    const next = { ...current, [field]: input.value };
    const fit = parseTyped(next.fit, locale);
    const cost = parseTyped(next.cost, locale);
    let keepDraft = true;
    if (isMatrixScore(fit) && isMatrixScore(cost)) {
      // With no half-typed row here, only this score is new: the other one is taken as stored now.
      onRefused(setFitCost(client.key, { fit, cost }, drafts.has(client.key) ? undefined : field));
      keepDraft = false;
    } else if (fit === null && cost === null) {
      onRefused(setFitCost(client.key, null));
      keepDraft = false;
    }
    setDrafts((d) => {
      const copy = new Map(d);
      if (keepDraft) copy.set(client.key, next);
      else copy.delete(client.key);
      return copy;
    });
  };

  return (
    <>
      <div class="table-scroll">
        <table class="mx-scores" ref={table}>
          <caption class="sr-only">{w.candidatesTitle}</caption>
          <TableHead cols={[t.colClient, { num: t.colRevenue }, { num: t.colFit }, { num: t.colCost }, t.colZone]} />
          <tbody>
            {candidates.map((c, row) => {
              const stored = getAssessment(c.key, assessments).fitCost;
              const d = drafts.get(c.key);
              const p = pointOf.get(c.key);
              const text = (field: 'fit' | 'cost') =>
                d ? d[field] : typing.text(`${c.key}\u0000${field}`, stored ? formatTyped(locale, stored[field]) : '');
              const bad = d !== undefined && outOfRange(d, locale);
              return (
                <tr key={c.key} data-client={c.key}>
                  <th scope="row">
                    {c.name}
                    {c.keyAccount && <span class="mx-badge">{w.keyAccount}</span>}
                    {!c.keyAccount && c.candidate === true && (
                      <span class="mx-badge" data-candidate>
                        {w.candidate}
                      </span>
                    )}
                  </th>
                  <td class="num">{money(c.revenue)}</td>
                  {FIELDS.map((field, col) => (
                    <td class="num" key={field}>
                      <input
                        class="mx-score"
                        type="text"
                        inputMode="decimal"
                        onBlur={() => typing.done(`${c.key}\u0000${field}`)}
                        data-row={row}
                        data-col={col}
                        data-field={field}
                        value={text(field)}
                        aria-invalid={bad ? 'true' : undefined}
                        aria-label={fill(field === 'fit' ? w.fitLabel : w.costLabel, { client: c.name })}
                        onInput={(e) => onScore(c, field, e.currentTarget)}
                        onKeyDown={(e) => onScoreKey(e, table.current, { row, col, locale })}
                      />
                    </td>
                  ))}
                  <td data-col="zone">
                    {p ? <span class="mx-zone">{zoneName(locale, p.zone)}</span> : <span class="muted">{w.notScored}</span>}
                    {bad && <span class="sr-only"> {fill(w.scoreError, { client: c.name })}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {[...drafts].slice(0, 3).map(([key, d]) => {
          const wrong = outOfRange(d, locale);
          return (
            <p key={key} class={wrong ? 'mx-error' : 'muted'} role={wrong ? 'alert' : undefined}>
              {fill(wrong ? w.scoreError : w.incomplete, { client: nameOf.get(key) ?? key })}
            </p>
          );
        })}
      </div>
    </>
  );
}
