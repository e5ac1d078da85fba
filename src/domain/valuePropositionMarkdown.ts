/**
 * The one-page value proposition as a Markdown file (the tool's download, the account plan's export),
 * on the same reading as the page (`readProposition`). Kept apart from valueProposition.ts so the
 * tool's first download does not carry it: it is needed only when a file is made.
 */
import { escapeMarkdown } from './markdown.ts';
import { fileSlug } from './fileSlug.ts';
import { readProposition } from './valueProposition.ts';
import type { SplitReading } from './valueProposition.ts';
import type { ValueCategory, ValueProposition } from './valuePropositionSchema.ts';

/** The words the one-page proposition needs, in the reader's language. */
export type PropositionLabels = {
  locale: string;
  /** ISO code of the data's currency; '' = plain numbers. */
  currency: string;
  title: string;
  alternative: string;
  offer: string;
  focus: string;
  noFocus: string;
  /** "{factor}: importance {importance}/5, we {ours}, the alternative {best}" pieces. */
  importance: string;
  ours: string;
  best: string;
  worth: string;
  worksheet: string;
  kind: string;
  category: Record<ValueCategory, string>;
  line: string;
  withUs: string;
  withAlternative: string;
  value: string;
  source: string;
  verified: string;
  yes: string;
  no: string;
  valueCreated: string;
  premium: string;
  net: string;
  shareAsked: string;
  tco: string;
  split: Record<SplitReading, string>;
  empty: string;
};

/** The one-page proposition as Markdown; every piece of user text goes through escapeMarkdown. */
export function propositionToMarkdown(p: ValueProposition, accountName: string, l: PropositionLabels): string {
  const r = readProposition(p);
  const money = new Intl.NumberFormat(
    l.locale,
    l.currency
      ? { style: 'currency', currency: l.currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  );
  const num = new Intl.NumberFormat(l.locale, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(l.locale, { style: 'percent', maximumFractionDigits: 1 });
  const label = (t: string) => escapeMarkdown(t, { inline: true });
  const cell = (t: string) => (t.trim() === '' ? l.empty : escapeMarkdown(t, { inline: true }));
  const out: string[] = [`## ${label(l.title)}: ${cell(accountName)}`];
  out.push(`**${label(l.alternative)}:** ${cell(p.alternative)}`);
  if (p.offer.trim() !== '') out.push(escapeMarkdown(p.offer));
  out.push(`### ${label(l.focus)}`);
  out.push(
    r.focus.length === 0
      ? label(l.noFocus)
      : r.focus
          .map((f, i) => {
            const worth = r.focusValue[f.id] ?? 0;
            const detail = `${label(l.importance)} ${num.format(f.importance)}/5; ${label(l.ours)} ${num.format(f.ours)}, ${label(l.best)} ${num.format(f.best)}`;
            return `${i + 1}. **${cell(f.factor)}** (${detail})${worth !== 0 ? `: ${label(l.worth)} ${money.format(worth)}` : ''}`;
          })
          .join('\n'),
  );
  out.push(`### ${label(l.worksheet)}`);
  const head = [l.kind, l.line, l.withUs, l.withAlternative, l.value, l.source, l.verified].map(label);
  out.push(
    r.sheet.lines.length === 0
      ? l.empty
      : [
          `| ${head.join(' | ')} |`,
          `| ${head.map(() => '---').join(' | ')} |`,
          ...r.sheet.lines.map(
            (x) =>
              `| ${label(l.category[x.category])} | ${cell(x.label)} | ${money.format(x.ours)} | ${money.format(x.alternative)} | ${money.format(x.value)} | ${cell(x.source)} | ${label(x.verified ? l.yes : l.no)} |`,
          ),
        ].join('\n'),
  );
  const s = r.sheet;
  out.push(
    [
      `- ${label(l.valueCreated)}: ${money.format(s.valueCreated)}`,
      `- ${label(l.premium)}: ${money.format(s.premium)}`,
      `- ${label(l.net)}: ${money.format(s.netToCustomer)}`,
      `- ${label(l.shareAsked)}: ${s.shareAsked === null ? l.empty : pct.format(s.shareAsked)}`,
      `- ${label(l.tco)}: ${money.format(s.tco.ours)} / ${money.format(s.tco.alternative)}`,
    ].join('\n'),
  );
  out.push(label(l.split[r.split]));
  return `${out.join('\n\n')}\n`;
}

/** "value-proposition-hospital-santa-clara.md": ASCII, no accents, at most 40 characters of name. */
export function propositionFileName(accountName: string): string {
  return `value-proposition-${fileSlug(accountName, 'account')}.md`;
}
