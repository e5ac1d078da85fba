/** Português: The classification matrix, fit vs cost and the directional policy matrix. Typed by the English texts (a missing entry is a type error). */
import type { MatrixTexts } from './matrices.en';
import names from './matricesNames.pt-br';
import criteriaNames from './criteriaNames.pt-br';

const ptBr: MatrixTexts = {
  criteria: {
    'purchase-volume': {
      name: criteriaNames.criteria['purchase-volume'],
      hint: 'Quanto o cliente compra na nossa categoria, de qualquer fornecedor.',
    },
    'growth-potential': {
      name: criteriaNames.criteria['growth-potential'],
      hint: 'Quanto o negócio e as compras do cliente podem crescer.',
    },
    profitability: { name: criteriaNames.criteria.profitability, hint: 'A margem que podemos obter depois do custo de servir.' },
    prestige: { name: criteriaNames.criteria.prestige, hint: 'O valor de referência de ter este cliente.' },
    'relationship-openness': {
      name: criteriaNames.criteria['relationship-openness'],
      hint: 'Quanto o cliente está disposto a trabalhar de perto com um fornecedor.',
    },
    'geographic-reach': {
      name: criteriaNames.criteria['geographic-reach'],
      hint: 'Quanto as unidades do cliente coincidem com onde atuamos.',
    },
    'product-range': { name: criteriaNames.criteria['product-range'], hint: 'Quanto a nossa linha cobre o que o cliente precisa.' },
    support: { name: criteriaNames.criteria.support, hint: 'Ajuda técnica, atendimento e agilidade.' },
    price: { name: criteriaNames.criteria.price, hint: 'Nosso preço na visão do cliente, comparado ao melhor concorrente.' },
    reliability: { name: criteriaNames.criteria.reliability, hint: 'Entregas no prazo, completas e corretas.' },
    reputation: { name: criteriaNames.criteria.reputation, hint: 'O que o cliente pensa da nossa empresa.' },
    'know-how': { name: criteriaNames.criteria['know-how'], hint: 'O que sabemos sobre o negócio do cliente.' },
    'staff-quality': { name: criteriaNames.criteria['staff-quality'], hint: 'A competência das pessoas com quem o cliente lida.' },
  },
  legacyCriteria: criteriaNames.legacyCriteria,
  quadrants: {
    strategic: { name: names.quadrants.strategic, description: 'Conta atrativa em que somos fortes.' },
    star: { name: names.quadrants.star, description: 'Conta atrativa em que ainda somos fracos.' },
    status: { name: names.quadrants.status, description: 'Conta menos atrativa em que somos fortes.' },
    streamline: { name: names.quadrants.streamline, description: 'Conta menos atrativa em que somos fracos.' },
  },
  strategies: {
    'invest-for-growth': {
      name: names.strategies['invest-for-growth'],
      description: 'Key Account Management completo; buscar a parceria.',
    },
    'invest-selectively': {
      name: names.strategies['invest-selectively'],
      description: 'Investir onde isso fortalece nossa posição; escolher com cuidado.',
    },
    maintain: { name: names.strategies.maintain, description: 'Atender com eficiência e proteger o lucro.' },
    'manage-for-cash': {
      name: names.strategies['manage-for-cash'],
      description: 'Reduzir o custo de servir; manter o negócio transacional.',
    },
  },
  fitCostZones: names.fitCostZones,
  dpmDirections: names.dpmDirections,
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
