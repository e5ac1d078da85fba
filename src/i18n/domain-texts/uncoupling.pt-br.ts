/** Português: The causes of uncoupling, their warning indicators and risk levels. Typed by the English texts (a missing entry is a type error). */
import type { UncouplingTexts } from './uncoupling.en';

const ptBr: UncouplingTexts = {
  causes: {
    'key-personnel-change': {
      name: 'Mudança no pessoal-chave',
      description: 'Quando o pessoal-chave é o ponto de contato único, perder essa pessoa pode encerrar o relacionamento.',
    },
    'trust-breach': {
      name: 'Ruptura de confiança',
      description:
        'Por mais forte que seja o relacionamento, se o desempenho não for persistente e não houver comunicação adequada, pode acontecer ruptura de confiança.',
    },
    exhaustion: {
      name: 'Exaustão e falta de persistência',
      description: 'Falta de revitalização, atenção ou negligência: o relacionamento perde energia.',
    },
    'cultural-mismatch': {
      name: 'Má-combinação cultural',
      description: 'Diferenças culturais ou divergências de valores entre as duas empresas.',
    },
    'quality-problems': {
      name: 'Problemas de qualidade',
      description: 'Falta de manutenção da qualidade exigida ou problemas de desempenho.',
    },
    'market-position-loss': {
      name: 'Mudança de posição no mercado (externa)',
      description: 'O cliente sofre uma grande perda no mercado e deixa de ser interessante mantê-lo no Key Account Management.',
    },
    'financial-problems': {
      name: 'Problemas financeiros (externa)',
      description: 'O cliente com problemas financeiros pode ser excluído do Key Account Management.',
    },
  },
  indicators: {
    'single-point-of-contact': 'Uma pessoa do lado deles (ou do nosso) é o ponto de contato único.',
    'key-contact-changing': 'Um contato-chave vai sair, se aposentar ou mudar de função.',
    'no-senior-access': 'Não temos relacionamento com a alta direção do cliente.',
    'no-successor': 'Ninguém do nosso lado conseguiria assumir a conta amanhã.',
    'promises-missed': 'Não cumprimos prazos de entrega ou compromissos assumidos.',
    'bad-news-late': 'O cliente soube de más notícias tarde, ou por outra pessoa.',
    'performance-inconsistent': 'Nosso desempenho varia de um mês para o outro.',
    'confidentiality-breach': 'Informações confidenciais foram mal conduzidas (por nós ou por eles).',
    'no-new-proposals': 'Não propusemos nada de novo nos últimos doze meses.',
    'fewer-contacts': 'As visitas e os contatos ficaram menos frequentes.',
    'plan-not-reviewed': 'O plano da conta não foi revisado este ano.',
    'on-autopilot': 'O relacionamento anda no piloto automático; ninguém da diretoria participa.',
    'values-conflict': 'Nossos valores ou nossa ética entram em choque com os deles.',
    'different-pace': 'A velocidade e o estilo de decisão são muito diferentes.',
    'team-friction': 'Há atrito entre as nossas equipes e as deles.',
    'goals-misaligned': 'Nossos objetivos para o negócio já não combinam com os deles.',
    'complaints-rising': 'As reclamações estão aumentando.',
    'late-deliveries': 'As entregas atrasam com mais frequência.',
    'service-levels-missed': 'Os níveis de serviço combinados não estão sendo cumpridos.',
    'recurring-defect': 'O mesmo defeito ou problema volta a acontecer.',
    'customer-losing-share': 'O cliente está perdendo participação de mercado.',
    'customer-strategy-change': 'O cliente mudou de estratégia e precisa menos do que oferecemos.',
    'merger-or-acquisition': 'O cliente está passando por fusão ou aquisição.',
    'customer-market-shrinking': 'O mercado do cliente está encolhendo.',
    'late-payments': 'O cliente paga com atraso.',
    'credit-rating-down': 'A classificação de crédito do cliente caiu ou o nosso limite de crédito foi ultrapassado.',
    'layoffs-or-cost-cuts': 'O cliente está demitindo ou cortando custos com força.',
    'orders-shrinking': 'O cliente compra menos, em lotes menores.',
  },
  uncouplingLevels: { low: 'Risco baixo', medium: 'Risco médio', high: 'Risco alto' },
};

export default ptBr;
