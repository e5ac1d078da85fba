/**
 * The three lesson diagrams as SVG files, drawn from the dictionaries. They are served as images
 * (src/pages/[locale]/lessons/diagrams/[name].svg.ts) rather than inline: the longest lessons sit at
 * the 24 KB page budget, and an image costs the page one <img> tag. An image cannot read the page's
 * theme, so each drawing carries its own background and switches colours with the system's
 * dark-mode preference; it stays legible on either site theme and in print.
 * The text version of every diagram stays in the page (DiagramFigure), so nothing depends on seeing it.
 */
import type { Locale } from '../../i18n/locales';
import { LADDER_STAGES } from '../../domain/index.ts';
import stagesEn from '../../i18n/domain-texts/stages.en';
import stagesPt from '../../i18n/domain-texts/stages.pt-br';
import { DIAGRAM_STRINGS } from './strings';

export const DIAGRAM_NAMES = ['contact-patterns', 'relationship-stages', 'value-chains'] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

/** Width and height of each drawing, also given to the <img> so the page does not shift. */
export const DIAGRAM_SIZE: Record<DiagramName, { width: number; height: number }> = {
  'contact-patterns': { width: 760, height: 300 },
  'relationship-stages': { width: 760, height: 290 },
  'value-chains': { width: 760, height: 330 },
};

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Light colours first; the media query mirrors the site's dark theme (src/styles/global.css).
const STYLE = `
svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Liberation Sans',Arial,sans-serif}
.bg{fill:#fff}text{fill:#1b1f24;font-size:12px;text-anchor:middle}.start{text-anchor:start}
.h{font-size:15px;font-weight:700}.b{font-weight:700}.m{fill:#4a5460;font-size:11px}
.box{fill:#f3f5f8;stroke:#c9d0d9;stroke-width:1.5}.key{fill:#e3eefa;stroke:#0b5cad;stroke-width:2}
.risk{fill:#fde8e7;stroke:#b3261e;stroke-width:2;stroke-dasharray:6 4}.grp{fill:none;stroke:#c9d0d9;stroke-width:1.5;stroke-dasharray:4 4}
.ln{stroke:#0b5cad;stroke-width:2;fill:none}.dash{stroke:#b3261e;stroke-width:1.5;stroke-dasharray:5 4;fill:none}
.ar{fill:#0b5cad}.arr{fill:#b3261e}
@media (prefers-color-scheme:dark){.bg{fill:#11151a}text{fill:#e8ecf1}.m{fill:#b2bcc8}
.box{fill:#1a2028;stroke:#4a5563}.key{fill:#1b324c;stroke:#7db7f5}.risk{fill:#401716;stroke:#ff9c94}.grp{stroke:#4a5563}
.ln{stroke:#7db7f5}.dash{stroke:#ff9c94}.ar{fill:#7db7f5}.arr{fill:#ff9c94}}`;

const box = (cls: string, x: number, y: number, w: number, h: number, label?: string, labelCls = ''): string =>
  `<rect class="${cls}" x="${x}" y="${y}" width="${w}" height="${h}" rx="6"/>` +
  (label === undefined ? '' : `<text x="${x + w / 2}" y="${y + h / 2 + 4}"${labelCls ? ` class="${labelCls}"` : ''}>${xml(label)}</text>`);
const text = (x: number, y: number, cls: string, label: string): string => `<text x="${x}" y="${y}" class="${cls}">${xml(label)}</text>`;
const marker = (id: string, cls: string): string =>
  `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="${cls}"/></marker>`;

function frame(name: DiagramName, title: string, body: string): string {
  const { width, height } = DIAGRAM_SIZE[name];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"><title>${xml(title)}</title><style>${STYLE}</style><rect class="bg" width="${width}" height="${height}" rx="8"/>${body}</svg>\n`;
}

/** Bow-tie versus diamond: who at our company talks to whom at the client. */
function contactPatterns(locale: Locale): string {
  const s = DIAGRAM_STRINGS[locale];
  // Five people a side; the key account manager and the buyer sit in the middle row, where the bow-tie's knot is.
  const ours = [s.ourManagement, s.ourQuality, s.ourKam, s.ourFinance, s.ourLogistics];
  const theirs = [s.theirManagement, s.theirQuality, s.theirBuyer, s.theirFinance, s.theirOperations];
  const W = 150;
  const H = 30;
  const y = (i: number) => 76 + i * 44;
  const mid = (i: number) => y(i) + H / 2;
  const panel = (x: number, name: string, diamond: boolean): string => {
    const knotX = x + W + 35;
    const links = ours
      .map((_, i) => (diamond ? `M${x + W} ${mid(i)}H${x + W + 70}` : `M${x + W} ${mid(i)}L${knotX} ${mid(2)}L${x + W + 70} ${mid(i)}`))
      .join('');
    return (
      text(x + 185, 22, 'h', name) +
      text(x + W / 2, 58, 'm', s.ourCompany) +
      text(x + W + 70 + W / 2, 58, 'm', s.theirCompany) +
      `<path class="ln" d="${links}"/>` +
      ours.map((label, i) => box(i === 2 ? 'key' : 'box', x, y(i), W, H, label)).join('') +
      theirs.map((label, i) => box(i === 2 ? 'key' : 'box', x + W + 70, y(i), W, H, label)).join('')
    );
  };
  return frame('contact-patterns', s.contactTitle, panel(5, s.bowTie, false) + panel(385, s.diamond, true));
}

/** The relational development model: five steps up and Uncoupling-KAM beside them, reachable from every step. */
function relationshipStages(locale: Locale): string {
  const s = DIAGRAM_STRINGS[locale];
  const stages = (locale === 'pt-br' ? stagesPt : stagesEn).stages;
  const later = {
    pre: s.later_pre,
    early: s.later_early,
    mid: s.later_mid,
    partnership: s.later_partnership,
    synergistic: s.later_synergistic,
    uncoupling: s.later_uncoupling,
  };
  const W = 112;
  const H = 46;
  const risk = { x: 640, y: 40, w: 112, h: 52 };
  const steps = LADDER_STAGES.map((id, i) => {
    const x = 10 + i * 120;
    const y = 232 - i * 44;
    return (
      `<path class="dash" d="M${x + W / 2} ${y}C${x + W / 2} ${y - 30} ${risk.x - 40} ${risk.y + risk.h / 2} ${risk.x} ${risk.y + risk.h / 2}" marker-end="url(#a)"/>` +
      box(id === 'partnership' ? 'key' : 'box', x, y, W, H) +
      text(x + W / 2, y + 19, 'b', stages[id].name) +
      text(x + W / 2, y + 36, 'm', later[id])
    );
  }).join('');
  return frame(
    'relationship-stages',
    s.stagesTitle,
    `<defs>${marker('a', 'arr')}</defs>` +
      steps +
      box('risk', risk.x, risk.y, risk.w, risk.h) +
      text(risk.x + risk.w / 2, risk.y + 21, 'b', stages.uncoupling.name) +
      text(risk.x + risk.w / 2, risk.y + 39, 'm', later.uncoupling) +
      text(risk.x + risk.w / 2, risk.y + risk.h + 18, 'm', s.anyStage),
  );
}

/** Linear versus holistic model; Porter's value system (the chain of firms) and value chain (one firm). */
function valueChains(locale: Locale): string {
  const s = DIAGRAM_STRINGS[locale];
  const W = 150;
  const x = (i: number) => 20 + i * 185;
  const row = (labels: string[], y: number, h: number, keyIndex: number): string =>
    labels
      .map(
        (label, i) =>
          box(i === keyIndex ? 'key' : 'box', x(i), y, W, h, label, i === keyIndex ? 'b' : '') +
          (i < labels.length - 1 ? `<path class="ln" d="M${x(i) + W} ${y + h / 2}H${x(i + 1) - 4}" marker-end="url(#a)"/>` : ''),
      )
      .join('');
  const chain = [s.vcPurchasing, s.vcWarehouse, s.vcDelivery, s.vcInvoicing, s.vcService, s.vcSales]
    .map((label, i) => box('box', 22 + (i % 3) * 245, 228 + Math.floor(i / 3) * 44, 225, 32, label))
    .join('');
  return frame(
    'value-chains',
    s.chainTitle,
    `<defs>${marker('a', 'ar')}</defs>` +
      text(10, 20, 'h start', s.linear) +
      row([s.linProduct, s.linSales, s.linBuyer, s.linDelivery], 32, 32, -1) +
      text(10, 104, 'h start', s.holistic) +
      text(10, 124, 'm start', s.valueSystem) +
      row([s.vsManufacturer, s.vsUs, s.vsClient, s.vsClientCustomers], 134, 34, 1) +
      `<path class="ln" d="M${x(1) + W / 2} 168V196H${x(2) + W / 2}V172" marker-end="url(#a)"/>` +
      `<rect class="grp" x="10" y="196" width="740" height="126" rx="8"/>` +
      text(22, 216, 'm start', s.valueChain) +
      chain,
  );
}

export function diagramSvg(name: DiagramName, locale: Locale): string {
  if (name === 'contact-patterns') return contactPatterns(locale);
  if (name === 'relationship-stages') return relationshipStages(locale);
  return valueChains(locale);
}
