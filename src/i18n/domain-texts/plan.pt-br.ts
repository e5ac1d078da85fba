/** Português: The account plan: sections, action statuses, contacts. Typed by the English texts (a missing entry is a type error). */
import type { PlanTexts } from './plan.en';

const ptBr: PlanTexts = {
  planSections: {
    mission: { name: 'Missão', hint: 'Por que este relacionamento existe e o que deve alcançar para os dois lados.' },
    financialSummary: { name: 'Resumo financeiro', hint: 'Faturamento e margem dos últimos três anos.' },
    customerOverview: { name: 'Visão geral do cliente', hint: 'O negócio, o mercado, a estratégia e o processo de compra do cliente.' },
    criticalSuccessFactors: {
      name: 'Análise dos fatores críticos de sucesso do cliente',
      hint: 'O que o cliente precisa de um fornecedor para ter sucesso, quanto cada fator pesa e como nos saímos.',
    },
    customerPortfolio: { name: 'Portfólio do cliente', hint: 'O que o cliente compra de nós e o que mais poderia comprar.' },
    assumptions: { name: 'Premissas', hint: 'Três ou quatro coisas que o plano dá como certas.' },
    objectives: { name: 'Objetivos', hint: 'O que queremos alcançar com este cliente e como.' },
    goals: { name: 'Metas de negócios para os próximos três anos', hint: 'Faturamento, margem e participação nos negócios do cliente.' },
    actions: { name: 'Ações', hint: 'O que será feito, por quem e até quando.' },
    contacts: { name: 'Mapa de contatos', hint: 'Quem conhecemos no cliente, sua influência e sua atitude.' },
    risks: { name: 'Riscos', hint: 'O que pode romper o relacionamento (veja as causas da desunião).' },
    review: { name: 'Próxima revisão', hint: 'Quando o plano será revisado com a equipe.' },
  },
  actionStatuses: { todo: 'A fazer', doing: 'Em andamento', done: 'Concluída' },
  influences: { low: 'Baixa', medium: 'Média', high: 'Alta' },
  attitudes: { supporter: 'Apoiador', neutral: 'Neutro', sceptic: 'Cético' },
  contactPatterns: {
    none: { name: 'Nenhum contato ainda', description: 'Adicione as pessoas que vocês conhecem no cliente.' },
    'bow-tie': {
      name: 'Gravata-borboleta',
      description:
        'Ponto de contato único: uma só pessoa, de um lado ou do outro, carrega o relacionamento; se ela sair, o relacionamento fica em risco.',
    },
    diamond: {
      name: 'Diamante',
      description:
        'Pares de área com área: várias pessoas nossas falam com seus pares em áreas diferentes do cliente, e o relacionamento não depende de uma só pessoa.',
    },
  },
  planErrors: { 'invalid-plan': 'Este plano de conta não é válido e não pode ser carregado.' },
};

export default ptBr;
