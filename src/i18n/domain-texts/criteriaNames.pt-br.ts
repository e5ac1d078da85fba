/** Português: the criteria's names (criteriaNames.en.ts). Typed by the English texts (a missing entry is a type error). */
import type { CriteriaNames } from './criteriaNames.en';

const ptBr: CriteriaNames = {
  criteria: {
    'purchase-volume': 'Volume de compras',
    'growth-potential': 'Potencial de crescimento',
    profitability: 'Lucratividade',
    prestige: 'Prestígio',
    'relationship-openness': 'Abertura à parceria',
    'geographic-reach': 'Alcance geográfico',
    'product-range': 'Linha de produtos e serviços',
    support: 'Suporte de pré e pós-venda',
    price: 'Preço',
    reliability: 'Confiabilidade',
    reputation: 'Reputação',
    'know-how': 'Experiência e know-how',
    'staff-quality': 'Qualidade da nossa equipe',
  },
  legacyCriteria: {
    volume: 'Volume de compras',
    growth: 'Crescimento',
    'strategic-fit': 'Adequação estratégica',
    accessibility: 'Acessibilidade',
    'product-quality': 'Qualidade do produto',
    service: 'Atendimento',
    relationship: 'Relacionamento',
  },
};

export default ptBr;
