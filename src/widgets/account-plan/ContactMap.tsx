/**
 * Bow-tie vs diamond as a picture (Cheverton): two triangles, our company and the customer. In a
 * bow-tie they touch at one point (one person on each side carries the whole relationship); in a
 * diamond they meet along a wide edge (many people meet their peers). The pattern itself is the
 * domain's `contactPattern`; the customer's named contacts are listed on their side.
 */
import type { ContactPattern, PlanContact } from '../../domain/index.ts';

interface Props {
  pattern: ContactPattern;
  contacts: readonly PlanContact[];
  label: string;
  us: string;
  them: string;
}

export function ContactMap({ pattern, contacts, label, us, them }: Props) {
  const named = contacts.filter((c) => c.name.trim() !== '').slice(0, 6);
  const diamond = pattern === 'diamond';
  // Our triangle points right, theirs points left; the meeting edge is a point (bow-tie) or a line (diamond).
  const meet = diamond ? 70 : 4;
  const ours = `10,10 10,150 ${150 - 0},${80 + meet / 2} 150,${80 - meet / 2}`;
  const theirs = `290,10 290,150 150,${80 + meet / 2} 150,${80 - meet / 2}`;
  return (
    <svg class={`contact-map is-${pattern}`} viewBox="0 0 470 170" role="img" aria-label={label}>
      <polygon class="cm-us" points={ours} />
      <polygon class="cm-them" points={theirs} />
      <text class="cm-label" x="20" y="84">
        {us}
      </text>
      <text class="cm-label" x="284" y="84" text-anchor="end">
        {them.length > 12 ? `${them.slice(0, 11)}…` : them}
      </text>
      {named.map((c, i) => {
        const y = 20 + i * 24;
        return (
          <g key={c.id} class={`cm-contact is-${c.influence}`}>
            <line x1={diamond ? 150 : 150} y1={diamond ? 80 - meet / 2 + (i * meet) / Math.max(1, named.length - 1) : 80} x2="300" y2={y} />
            <circle cx="306" cy={y} r={c.influence === 'high' ? 7 : c.influence === 'medium' ? 5 : 4} />
            <text x="318" y={y + 4}>{`${c.name.slice(0, 14)}${c.role.trim() ? ` · ${c.role.slice(0, 12)}` : ''}`}</text>
          </g>
        );
      })}
    </svg>
  );
}
