/**
 * The one-page value proposition, read-only: the best alternative, our offer, the resonating focus
 * with what each point is worth, the value-in-use worksheet and the split. The value-proposition
 * tool shows it as its print view; the account plan's print view includes it. Every figure is the
 * domain's `readProposition`; the Markdown twin is `propositionToMarkdown`, on the same words.
 */
import { readProposition } from '../../domain/index.ts';
import type { ValueProposition } from '../../domain/index.ts';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { PROPOSITION_STRINGS } from './propositionStrings';
import './proposition-page.css';

type Props = {
  locale: Locale;
  proposition: ValueProposition;
  accountName: string;
  money: (value: number) => string;
  headingLevel?: 2 | 3 | 4;
};

export function PropositionPage({ locale, proposition, accountName, money, headingLevel = 3 }: Props) {
  const t = PROPOSITION_STRINGS[locale];
  const r = readProposition(proposition);
  const s = r.sheet;
  const H = `h${headingLevel}` as 'h3';
  const Sub = `h${headingLevel + 1}` as 'h4';
  const num = (n: number) => formatNumber(locale, n, Number.isInteger(n) ? 0 : 1);
  return (
    <article class="proposition-page" data-proposition-page>
      <H>
        {t.title}: {accountName}
      </H>
      <p>
        <strong>{t.alternative}:</strong> {proposition.alternative.trim() || t.empty}
      </p>
      {proposition.offer.trim() !== '' && (
        <p>
          <strong>{t.offer}:</strong> {proposition.offer}
        </p>
      )}
      <Sub>{t.focus}</Sub>
      {r.focus.length === 0 ? (
        <p>{t.noFocus}</p>
      ) : (
        <ol data-focus-list>
          {r.focus.map((f) => (
            <li key={f.id}>
              <strong>{f.factor}</strong> ({t.importance} {num(f.importance)}/5; {t.ours} {num(f.ours)}, {t.best} {num(f.best)})
              {(r.focusValue[f.id] ?? 0) !== 0 && `: ${t.worth} ${money(r.focusValue[f.id] ?? 0)}`}
            </li>
          ))}
        </ol>
      )}
      <Sub>{t.worksheet}</Sub>
      <dl class="proposition-totals">
        <div>
          <dt>{t.valueCreated}</dt>
          <dd data-total="value-created">{money(s.valueCreated)}</dd>
        </div>
        <div>
          <dt>{t.premium}</dt>
          <dd data-total="premium">{money(s.premium)}</dd>
        </div>
        <div>
          <dt>{t.net}</dt>
          <dd data-total="net">{money(s.netToCustomer)}</dd>
        </div>
        <div>
          <dt>{t.shareAsked}</dt>
          <dd data-total="share">{s.shareAsked === null ? t.empty : formatPercent(locale, s.shareAsked, 1)}</dd>
        </div>
        <div>
          <dt>{t.tco}</dt>
          <dd data-total="tco">
            {money(s.tco.ours)} / {money(s.tco.alternative)}
          </dd>
        </div>
      </dl>
      <p data-split={r.split}>{t[`split.${r.split}`]}</p>
    </article>
  );
}
