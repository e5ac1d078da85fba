/** Português: as palavras da equipe da conta na exportação do plano em Markdown. */
import type { TeamMarkdownLabels } from '../../domain/index.ts';

const ptBr: TeamMarkdownLabels = {
  title: 'Equipe da conta',
  raciTitle: 'Quem decide o quê (RACI)',
  none: 'Nenhuma equipe registrada para esta conta (ferramenta da equipe da conta).',
  role: { kam: 'Gerente de contas', sponsor: 'Patrocinador executivo', counterpart: 'Contraparte funcional' },
  function: {
    sales: 'Vendas',
    management: 'Diretoria',
    logistics: 'Logística',
    quality: 'Qualidade',
    technical: 'Assistência técnica',
    finance: 'Financeiro',
    operations: 'Operações',
    other: 'Outra',
  },
  decision: {
    price: 'Preços e descontos',
    terms: 'Prazos de pagamento e de entrega',
    exceptions: 'Exceções',
    resources: 'Recursos',
    plan: 'Plano de conta',
  },
};

export default ptBr;
