/**
 * Names of the domain's ids (quadrants, strategies, criteria, fit/cost zones) in both languages.
 * Criterion ids cover the domain's defaults (DEFAULT_ATTRACTIVENESS_CRITERIA / DEFAULT_STRENGTH_CRITERIA)
 * and the state layer's first defaults, so a stored configuration always shows a name.
 */
import type { FitCostZone, QuadrantId, StrategyId } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';

type Names = {
  quadrant: Record<QuadrantId, string>;
  strategy: Record<StrategyId, string>;
  zone: Record<FitCostZone, string>;
  criterion: Record<string, string>;
};

const en: Names = {
  quadrant: { strategic: 'Strategic', star: 'Star', status: 'Status', streamline: 'Streamline' },
  strategy: {
    'invest-for-growth': 'invest for growth',
    'invest-selectively': 'invest selectively',
    maintain: 'maintain',
    'manage-for-cash': 'manage for cash',
  },
  zone: { select: 'Select', consider: 'Consider', later: 'Later', avoid: 'Avoid' },
  criterion: {
    'purchase-volume': 'Purchase potential',
    'growth-potential': 'Growth potential',
    profitability: 'Profitability',
    prestige: 'Prestige as a reference',
    'relationship-openness': 'Openness to a close relationship',
    'geographic-reach': 'Geographic reach',
    'product-range': 'Product range',
    support: 'Technical service and support',
    price: 'Price',
    reliability: 'Delivery reliability',
    reputation: 'Reputation',
    'know-how': 'Experience and know-how',
    'staff-quality': 'Quality of our people',
    volume: 'Purchase volume',
    growth: 'Growth',
    'strategic-fit': 'Strategic fit',
    accessibility: 'Accessibility',
    'product-quality': 'Product quality',
    service: 'Service',
    relationship: 'Relationship',
  },
};

const ptBr: Names = {
  quadrant: { strategic: 'Estratégico', star: 'Estrela', status: 'Status', streamline: 'Streamline' },
  strategy: {
    'invest-for-growth': 'investir para crescer',
    'invest-selectively': 'investir seletivamente',
    maintain: 'manter',
    'manage-for-cash': 'administrar para gerar caixa',
  },
  zone: { select: 'Selecionar', consider: 'Avaliar', later: 'Mais tarde', avoid: 'Evitar' },
  criterion: {
    'purchase-volume': 'Potencial de compra',
    'growth-potential': 'Potencial de crescimento',
    profitability: 'Rentabilidade',
    prestige: 'Prestígio como referência',
    'relationship-openness': 'Abertura a uma relação próxima',
    'geographic-reach': 'Alcance geográfico',
    'product-range': 'Mix de produtos',
    support: 'Assistência técnica e suporte',
    price: 'Preço',
    reliability: 'Confiabilidade de entrega',
    reputation: 'Reputação',
    'know-how': 'Experiência e conhecimento',
    'staff-quality': 'Qualidade da nossa equipe',
    volume: 'Volume de compras',
    growth: 'Crescimento',
    'strategic-fit': 'Adequação estratégica',
    accessibility: 'Acessibilidade',
    'product-quality': 'Qualidade do produto',
    service: 'Atendimento',
    relationship: 'Relacionamento',
  },
};

const NAMES: Record<Locale, Names> = { en, 'pt-br': ptBr };

export const quadrantName = (locale: Locale, id: QuadrantId): string => NAMES[locale].quadrant[id];
export const strategyName = (locale: Locale, id: StrategyId): string => NAMES[locale].strategy[id];
export const zoneName = (locale: Locale, id: FitCostZone): string => NAMES[locale].zone[id];

/** A criterion's shown name: the user's own name, else the built-in name of its id, else ''. */
export function criterionName(locale: Locale, c: { id: string; name: string }): string {
  if (c.name.trim() !== '') return c.name;
  return Object.hasOwn(NAMES[locale].criterion, c.id) ? NAMES[locale].criterion[c.id]! : '';
}
