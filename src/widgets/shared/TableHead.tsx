/**
 * A table's column headings. `{ num: text }` heads a column of figures (aligned right); `{ remove: text }`
 * heads a column of remove buttons (named for screen readers only, left off paper).
 */
export type ColumnHead = string | { num: string } | { remove: string };

function heading(c: ColumnHead, key: number) {
  if (typeof c === 'string') return <th scope="col" key={key} children={c} />;
  if ('num' in c) return <th scope="col" class="num" key={key} children={c.num} />;
  return <th scope="col" class="no-print" key={key} children={<span class="sr-only">{c.remove}</span>} />;
}

export function TableHead({ cols }: { cols: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>{cols.map(heading)}</tr>
    </thead>
  );
}
