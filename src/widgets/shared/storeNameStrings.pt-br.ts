// Portuguese (Brazil) texts of storeNameStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './storeNameStrings.en';

const ptBr: Dictionary<typeof en> = {
  settings: 'Configurações',
  portfolio: 'Carteira de clientes',
  assessments: 'Diagnósticos, checklists e planos de conta',
  matrixConfig: 'Critérios da matriz de classificação',
  segments: 'Segmentos de mercado',
  progress: 'Progresso no curso',
  buyingCentres: 'Centros de compra',
  costToServe: 'Custo de servir',
  valuePropositions: 'Propostas de valor',
  accountTeams: 'Equipes das contas',
  accountReviews: 'Revisões de conta',
  kraljic: 'Visão do comprador (Kraljic)',
};

export default ptBr;
