// Portuguese (Brazil) texts of toolStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './toolStrings.en';

const ptBr: Dictionary<typeof en> = {
  label: 'Conta',
  keyAccounts: 'Clientes-chave',
  otherClients: 'Outros clientes',
  quickTry: 'Teste rápido (sem conta)',
  noKeyAccounts:
    'Você ainda não tem clientes-chave. Marque-os na ferramenta carteira de clientes, ou use o teste rápido (nada fica ligado a um cliente).',
  portfolioLink: 'Abrir a carteira de clientes',
  quickTryNote: 'Teste rápido: o que você preencher fica guardado neste navegador como “Teste rápido”, não em um cliente.',
};

export default ptBr;
