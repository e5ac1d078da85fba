// Portuguese (Brazil) texts of sampleStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './sampleStrings.en';

const ptBr: Dictionary<typeof en> = {
  sampleMission: 'Ser o parceiro preferido de {account} nos suprimentos principais, crescendo junto com um serviço confiável.',
  sampleOverview:
    'Líder regional no seu segmento; compra de forma centralizada, com compras, logística e qualidade envolvidas em cada decisão.',
  sampleObjectives: 'Passar de fornecedor preferencial a fornecedor principal (Mid-KAM → Parceria-KAM) em três anos.',
  sampleFactor1: 'Entrega no prazo',
  sampleFactor2: 'Suporte técnico',
  sampleFactor3: 'Estabilidade de preço',
  sampleAction1: 'Revisão trimestral de negócios com compras e logística',
  sampleAction2: 'Apresentar nosso gerente de qualidade à equipe de qualidade deles',
  sampleOwner1: 'Gerente de contas',
  sampleOwner2: 'Gerente de qualidade',
  sampleContact1: 'Comprador-chefe',
  sampleContact2: 'Gerente de logística',
  sampleRole1: 'Compras',
  sampleRole2: 'Logística',
  sampleOurContact2: 'Coordenador de logística',
};

export default ptBr;
