/** Português: What to do about each cause of uncoupling. Typed by the English texts (a missing entry is a type error). */
import type { MitigationTexts } from './mitigations.en';

const ptBr: MitigationTexts = {
  mitigations: {
    'build-diamond': 'Criar contatos de área para área (passar da gravata-borboleta ao diamante).',
    'meet-new-people': 'Conhecer cedo os novos decisores e entender o que eles precisam.',
    'succession-plan': 'Indicar e apresentar um gerente de contas substituto.',
    'share-account-knowledge': 'Registrar a história da conta e compartilhá-la com a equipe.',
    'own-the-problem': 'Assumir o problema abertamente: explicar, pedir desculpas e corrigir.',
    'regular-reviews': 'Fazer revisões de desempenho regulares com o cliente.',
    'promise-realistically': 'Prometer só o que pode entregar, e entregar.',
    'escalation-path': 'Combinar um caminho de escalonamento de problemas para os dois lados.',
    'revitalise-plan': 'Revisar o plano da conta com o cliente e definir novas metas.',
    'joint-innovation': 'Levar ao cliente uma ideia nova ou um projeto conjunto.',
    'contact-cadence': 'Combinar um ritmo de contatos e mantê-lo.',
    'refresh-team': 'Renovar a equipe com pessoas e energia novas.',
    'talk-about-values': 'Conversar abertamente sobre valores e formas de trabalhar.',
    'align-teams': 'Reunir as duas equipes para combinar como vão trabalhar.',
    'relationship-charter': 'Escrever um breve acordo de relacionamento assinado pelos dois lados.',
    'adapt-processes': 'Adaptar os processos onde as diferenças mais atrapalham.',
    'root-cause-analysis': 'Encontrar, junto com o cliente, a causa raiz de cada problema de qualidade.',
    'quality-plan': 'Combinar um plano de melhoria da qualidade com prazos e responsáveis.',
    'service-review': 'Revisar os níveis de serviço e prestar contas todo mês.',
    'make-good': 'Compensar de forma justa os problemas causados.',
    'reassess-attractiveness': 'Reavaliar quão atrativa a conta é hoje.',
    'adapt-offer': 'Adaptar a oferta à nova situação do cliente.',
    'reduce-cost-to-serve': 'Reduzir o custo de servir a conta.',
    'follow-new-decision-makers': 'Acompanhar a nova estratégia e os novos decisores.',
    'credit-review': 'Revisar limites de crédito e exposição com o financeiro.',
    'payment-terms': 'Combinar condições de pagamento que protejam os dois lados.',
    'limit-exposure': 'Limitar o estoque e o investimento dedicados à conta.',
    'review-kam-status': 'Decidir se o cliente deve continuar como conta-chave.',
  },
};

export default ptBr;
