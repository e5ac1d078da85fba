// Portuguese (Brazil) labels of the lesson diagrams, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  contactTitle: 'Padrões de contato gravata-borboleta e diamante',
  contactCaption: 'Da gravata-borboleta ao diamante: o único nó entre as empresas vira muitas ligações, área com área.',
  bowTie: 'Gravata-borboleta',
  diamond: 'Diamante',
  ourCompany: 'Nossa empresa',
  theirCompany: 'O cliente',
  ourKam: 'Gerente de contas-chave',
  ourLogistics: 'Logística',
  ourFinance: 'Financeiro',
  ourQuality: 'Qualidade',
  ourManagement: 'Diretoria',
  theirBuyer: 'Comprador',
  theirOperations: 'Operações',
  theirFinance: 'Financeiro',
  theirQuality: 'Qualidade',
  theirManagement: 'Diretoria',

  stagesTitle: 'O modelo de desenvolvimento do relacionamento: seis estágios',
  stagesCaption:
    'Os seis estágios (Millman e Wilson; McDonald, Millman e Rogers), com os nomes posteriores sob os do artigo. A desunião pode começar em qualquer degrau.',
  anyStage: 'a partir de qualquer estágio',
  later_pre: 'Exploratory',
  later_early: 'Basic',
  later_mid: 'Cooperative',
  later_partnership: 'Interdependent',
  later_synergistic: 'Integrated',
  later_uncoupling: 'Disintegrating',

  chainTitle: 'Modelo linear e modelo holístico de gerenciar um cliente',
  chainCaption:
    'Do modelo linear ao holístico: o sistema de valor é a cadeia de empresas (Porter); a cadeia de valor são as atividades de uma empresa.',
  linear: 'Modelo linear',
  holistic: 'Modelo holístico',
  linProduct: 'Produto',
  linSales: 'Vendedor',
  linBuyer: 'Comprador',
  linDelivery: 'Entrega',
  valueSystem: 'Sistema de valor (cadeia de valor externa): a cadeia de empresas',
  valueChain: 'Nossa cadeia de valor (interna): as atividades de uma empresa',
  vsManufacturer: 'Fabricante',
  vsUs: 'Nós (distribuidor)',
  vsClient: 'Nosso cliente',
  vsClientCustomers: 'Clientes do cliente',
  vcPurchasing: 'Compras',
  vcWarehouse: 'Armazém',
  vcDelivery: 'Entrega',
  vcInvoicing: 'Faturamento e crédito',
  vcService: 'Atendimento',
  vcSales: 'Vendas',
  colModel: 'Modelo',
  colManaged: 'O que se gerencia',
  colWho: 'Quem trabalha com o cliente',
  linearManaged: 'Uma venda de cada vez: produto, vendedor, comprador, entrega',
  holisticManaged:
    'O negócio inteiro do cliente: o sistema de valor do fabricante aos clientes do cliente, e a nossa própria cadeia de valor',
  linearWho: 'O vendedor; cada área por conta própria',
  holisticWho: 'Todas as áreas que afetam o cliente, coordenadas pelo gerente de contas-chave',
};

export default ptBr;
