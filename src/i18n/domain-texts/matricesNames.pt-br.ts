/** Português: the matrices' names (matricesNames.en.ts). Typed by the English texts (a missing entry is a type error). */
import type { MatrixNames } from './matricesNames.en';

const ptBr: MatrixNames = {
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
  quadrants: {
    strategic: 'Estratégico',
    star: 'Estrela',
    status: 'Status',
    streamline: 'Streamline',
  },
  strategies: {
    'invest-for-growth': 'Investir para crescer',
    'invest-selectively': 'Investir seletivamente',
    maintain: 'Manter',
    'manage-for-cash': 'Administrar para gerar caixa',
  },
  fitCostZones: {
    select: { name: 'Selecionar', description: 'Alta adequação e baixo custo: gerenciar como conta-chave agora.' },
    consider: { name: 'Avaliar', description: 'Alta adequação, mas custoso: montar um caso de negócio antes de se comprometer.' },
    later: { name: 'Depois', description: 'Baixo custo, mas pouca adequação: atender pela venda normal e rever mais tarde.' },
    avoid: { name: 'Evitar', description: 'Pouca adequação e custo alto: não gerenciar como conta-chave.' },
  },
  dpmDirections: { improving: 'Melhorando', stable: 'Estável', declining: 'Piorando' },
};

export default ptBr;
