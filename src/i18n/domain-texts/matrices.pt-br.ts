/** Português: The classification matrix, fit vs cost and the directional policy matrix. Typed by the English texts (a missing entry is a type error). */
import type { MatrixTexts } from './matrices.en';

const ptBr: MatrixTexts = {
  criteria: {
    'purchase-volume': { name: 'Volume de compras', hint: 'Quanto o cliente compra na nossa categoria, de qualquer fornecedor.' },
    'growth-potential': { name: 'Potencial de crescimento', hint: 'Quanto o negócio e as compras do cliente podem crescer.' },
    profitability: { name: 'Lucratividade', hint: 'A margem que podemos obter depois do custo de servir.' },
    prestige: { name: 'Prestígio', hint: 'O valor de referência de ter este cliente.' },
    'relationship-openness': {
      name: 'Abertura à parceria',
      hint: 'Quanto o cliente está disposto a trabalhar de perto com um fornecedor.',
    },
    'geographic-reach': { name: 'Alcance geográfico', hint: 'Quanto as unidades do cliente coincidem com onde atuamos.' },
    'product-range': { name: 'Linha de produtos e serviços', hint: 'Quanto a nossa linha cobre o que o cliente precisa.' },
    support: { name: 'Suporte de pré e pós-venda', hint: 'Ajuda técnica, atendimento e agilidade.' },
    price: { name: 'Preço', hint: 'Nosso preço na visão do cliente, comparado ao melhor concorrente.' },
    reliability: { name: 'Confiabilidade', hint: 'Entregas no prazo, completas e corretas.' },
    reputation: { name: 'Reputação', hint: 'O que o cliente pensa da nossa empresa.' },
    'know-how': { name: 'Experiência e know-how', hint: 'O que sabemos sobre o negócio do cliente.' },
    'staff-quality': { name: 'Qualidade da nossa equipe', hint: 'A competência das pessoas com quem o cliente lida.' },
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
    strategic: { name: 'Estratégico', description: 'Conta atrativa em que somos fortes.' },
    star: { name: 'Estrela', description: 'Conta atrativa em que ainda somos fracos.' },
    status: { name: 'Status', description: 'Conta menos atrativa em que somos fortes.' },
    streamline: { name: 'Streamline', description: 'Conta menos atrativa em que somos fracos.' },
  },
  strategies: {
    'invest-for-growth': { name: 'Investir para crescer', description: 'Key Account Management completo; buscar a parceria.' },
    'invest-selectively': {
      name: 'Investir seletivamente',
      description: 'Investir onde isso fortalece nossa posição; escolher com cuidado.',
    },
    maintain: { name: 'Manter', description: 'Atender com eficiência e proteger o lucro.' },
    'manage-for-cash': { name: 'Administrar para gerar caixa', description: 'Reduzir o custo de servir; manter o negócio transacional.' },
  },
  fitCostZones: {
    select: { name: 'Selecionar', description: 'Alta adequação e baixo custo: gerenciar como conta-chave agora.' },
    consider: { name: 'Avaliar', description: 'Alta adequação, mas custoso: montar um caso de negócio antes de se comprometer.' },
    later: { name: 'Depois', description: 'Baixo custo, mas pouca adequação: atender pela venda normal e rever mais tarde.' },
    avoid: { name: 'Evitar', description: 'Pouca adequação e custo alto: não gerenciar como conta-chave.' },
  },
  dpmDirections: { improving: 'Melhorando', stable: 'Estável', declining: 'Piorando' },
  classificationErrors: {
    'no-criteria': 'Adicione pelo menos um critério.',
    'invalid-weight': 'Cada peso deve ser um número igual ou maior que zero.',
    'weights-not-100': 'Os pesos devem somar 100.',
    'duplicate-criterion': 'O mesmo critério aparece duas vezes.',
    'score-out-of-range': 'As notas devem ficar entre 0 e 10.',
    'missing-score': 'Dê uma nota a cada conta em todos os critérios.',
    'duplicate-key': 'A mesma conta aparece duas vezes.',
    'invalid-midpoint': 'A linha divisória deve ficar entre 0 e 10.',
  },
  dpmErrors: {
    'invalid-segment': 'Um segmento tem um valor ausente ou inválido (notas de 0 a 10, faturamento 0 ou mais).',
    'duplicate-id': 'O mesmo segmento aparece duas vezes.',
    'invalid-midpoint': 'A linha divisória deve ficar entre 0 e 10.',
  },
};

export default ptBr;
