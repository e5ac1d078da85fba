import type { APIRoute } from 'astro';
import { DIAGRAM_NAMES, diagramSvg, type DiagramName } from '../../../../components/diagrams/svg';
import { LOCALES, type Locale } from '../../../../i18n/locales';

/** One SVG file per diagram and language: /en/lessons/diagrams/contact-patterns.svg. */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) => DIAGRAM_NAMES.map((name) => ({ params: { locale, name } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(diagramSvg(params.name as DiagramName, params.locale as Locale), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
