// Portuguese (Brazil) texts of emptyStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './emptyStrings.en';

const ptBr: Dictionary<typeof en> = {
  emptyTitle: 'Ainda não há clientes',
  emptyText:
    'Cadastre seus clientes na ferramenta de carteira (ou importe a exportação do seu ERP) e escolha seus clientes-chave. Para experimentar o painel antes, carregue a empresa-exemplo (com os seis clientes-chave que as aulas acompanham).',
  portfolioLink: 'Abrir a carteira de clientes',
  loading: 'Carregando seus clientes-chave…',
  loadFailed:
    'Não foi possível mostrar seus clientes-chave: esta parte da página não carregou. Verifique se você está on-line e recarregue a página.',
};

export default ptBr;
