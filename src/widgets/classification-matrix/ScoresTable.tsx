/**
 * The 0–10 scores of each key account on every criterion, with the weighted scores and quadrant the
 * domain gives (`results`). A score out of range stays in its cell, marked, and is not saved.
 */
import { useRef, useState } from 'preact/hooks';
import { isMatrixScore } from '../../domain/index.ts';
import type { ClassifiedAccount } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { setMatrixScore } from '../../state/index.ts';
import type { Client, MatrixConfig } from '../../state/index.ts';
import type { useTyping } from '../shared/useTyping.ts';
import { quadrantName } from '../matrix-kit/names';
import { criterionName } from '../matrix-kit/criterionName';
import { formatTyped, score } from '../matrix-kit/numberText';
import { parseTyped } from '../matrix-kit/readTyped';
import type { WriteResult } from '../../state/index.ts';
import { onScoreKey } from '../matrix-kit/gridKeys';
import type { STRINGS } from './strings';
import { ACCOUNT_STRINGS } from './accountStrings';

type ScoreDrafts = Record<string, string>;
type Typing = ReturnType<typeof useTyping>;

export function ScoresTable(props: {
  locale: Locale;
  /** The tool's words, from the first download (imported here, its dictionary would be split out of it). */
  t: (typeof STRINGS)[Locale];
  config: MatrixConfig;
  accounts: readonly Client[];
  scoresOf: (key: string) => Readonly<Record<string, number>>;
  results: ReadonlyMap<string, ClassifiedAccount>;
  money: (n: number) => string;
  /** Told every write's result (the tool says the refused ones: useMatrixStatus). */
  onRefused: (r: WriteResult) => void;
  /**
   * The score cells' typing (useTyping), kept by the island: useTyping is in its first download, and
   * imported by this lazily fetched part it would be split into a chunk of its own on every matrix page.
   */
  typing: Typing;
}) {
  const { locale, t, config, accounts, scoresOf, results, money, typing } = props;
  const w = ACCOUNT_STRINGS[locale];
  const [drafts, setDrafts] = useState<ScoreDrafts>({});
  const table = useRef<HTMLTableElement>(null);
  const criteria = [...config.attractiveness, ...config.strength];
  const badCells = Object.keys(drafts);

  const onScore = (account: Client, criterionId: string, input: HTMLInputElement) => {
    const cell = `${account.key}\u0000${criterionId}`;
    typing.typed(cell, input.value);
    const n = parseTyped(input.value, locale);
    if (n !== null && !isMatrixScore(n)) {
      setDrafts((d) => ({ ...d, [cell]: input.value }));
      return;
    }
    setDrafts((d) => {
      if (!(cell in d)) return d;
      const next = { ...d };
      delete next[cell];
      return next;
    });
    props.onRefused(setMatrixScore(account.key, criterionId, n));
  };

  return (
    <>
      <div class="table-scroll">
        <table class="mx-scores" ref={table}>
          <caption class="sr-only">{w.scoresTitle}</caption>
          <thead>
            <tr>
              <td></td>
              <th scope="colgroup" colSpan={config.attractiveness.length}>
                {t.axisAttractiveness}
              </th>
              <th scope="colgroup" colSpan={config.strength.length}>
                {t.axisStrength}
              </th>
              <td colSpan={3}></td>
            </tr>
            <tr>
              <th scope="col">{t.colAccount}</th>
              {criteria.map((c) => (
                <th scope="col" class="num mx-crit" key={c.id}>
                  {criterionName(locale, c)} <span class="muted">({formatPercent(locale, c.weight / 100)})</span>
                </th>
              ))}
              <th scope="col" class="num">
                {t.colAttractiveness}
              </th>
              <th scope="col" class="num">
                {t.colStrength}
              </th>
              <th scope="col">{t.colQuadrant}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a, row) => {
              const scores = scoresOf(a.key);
              const r = results.get(a.key);
              return (
                <tr key={a.key} data-account={a.key}>
                  <th scope="row">
                    {a.name}
                    <span class="mx-sub muted">{money(a.revenue)}</span>
                  </th>
                  {criteria.map((c, col) => {
                    const cell = `${a.key}\u0000${c.id}`;
                    const draft = drafts[cell];
                    const value = draft ?? typing.text(cell, Object.hasOwn(scores, c.id) ? formatTyped(locale, scores[c.id]!) : '');
                    return (
                      <td class="num" key={c.id}>
                        <input
                          class="mx-score"
                          type="text"
                          inputMode="decimal"
                          value={value}
                          onBlur={() => typing.done(cell)}
                          data-row={row}
                          data-col={col}
                          data-criterion={c.id}
                          aria-invalid={draft !== undefined ? 'true' : undefined}
                          aria-label={fill(w.scoreLabel, { account: a.name, criterion: criterionName(locale, c) })}
                          onInput={(e) => onScore(a, c.id, e.currentTarget)}
                          onKeyDown={(e) => onScoreKey(e, table.current, { row, col, locale })}
                        />
                      </td>
                    );
                  })}
                  <td class="num" data-col="attractiveness">
                    {r ? score(locale, r.attractiveness) : '–'}
                  </td>
                  <td class="num" data-col="strength">
                    {r ? score(locale, r.strength) : '–'}
                  </td>
                  <td data-col="quadrant">{r ? quadrantName(locale, r.quadrant) : <span class="muted">{w.notScored}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {badCells.length > 0 &&
          badCells.slice(0, 3).map((cell) => {
            const [key, id] = cell.split('\u0000') as [string, string];
            const account = accounts.find((a) => a.key === key);
            const c = criteria.find((x) => x.id === id);
            return (
              <p class="mx-error" role="alert" key={cell}>
                {fill(w.scoreError, { account: account?.name ?? key, criterion: c ? criterionName(locale, c) : id })}
              </p>
            );
          })}
      </div>
    </>
  );
}
