/**
 * Labels of the lesson diagrams (src/components/diagrams). English is the reference: the Portuguese
 * dictionary is typed from it, so a missing label fails `astro check`. Stage names and summaries come
 * from the domain texts (src/i18n/domain-texts/stages.*), not from here, so they cannot drift.
 */
const en = {
  contactTitle: 'Bow-tie and diamond contact patterns',
  contactCaption: 'From bow-tie to diamond: one knot between the companies becomes many links, function to function.',
  bowTie: 'Bow-tie',
  diamond: 'Diamond',
  ourCompany: 'Our company',
  theirCompany: 'The client',
  ourKam: 'Key account manager',
  ourLogistics: 'Logistics',
  ourFinance: 'Finance',
  ourQuality: 'Quality',
  ourManagement: 'Management',
  theirBuyer: 'Buyer',
  theirOperations: 'Operations',
  theirFinance: 'Finance',
  theirQuality: 'Quality',
  theirManagement: 'Management',

  stagesTitle: 'The relational development model: six stages',
  stagesCaption:
    'The six stages (Millman and Wilson; McDonald, Millman and Rogers), with the later names under the article’s. Uncoupling can start from any step.',
  anyStage: 'from any stage',
  later_pre: 'Exploratory',
  later_early: 'Basic',
  later_mid: 'Cooperative',
  later_partnership: 'Interdependent',
  later_synergistic: 'Integrated',
  later_uncoupling: 'Disintegrating',

  chainTitle: 'Linear model and holistic model of managing a client',
  chainCaption:
    'From a linear to a holistic model: the value system is the chain of firms (Porter); a value chain is one firm’s activities.',
  linear: 'Linear model',
  holistic: 'Holistic model',
  linProduct: 'Product',
  linSales: 'Salesperson',
  linBuyer: 'Buyer',
  linDelivery: 'Delivery',
  valueSystem: 'Value system (external value chain): the chain of firms',
  valueChain: 'Our value chain (internal): one firm’s activities',
  vsManufacturer: 'Manufacturer',
  vsUs: 'Us (distributor)',
  vsClient: 'Our client',
  vsClientCustomers: 'Client’s customers',
  vcPurchasing: 'Purchasing',
  vcWarehouse: 'Warehouse',
  vcDelivery: 'Delivery',
  vcInvoicing: 'Invoicing and credit',
  vcService: 'Customer service',
  vcSales: 'Sales',
  colModel: 'Model',
  colManaged: 'What is managed',
  colWho: 'Who works with the client',
  linearManaged: 'One sale at a time: product, salesperson, buyer, delivery',
  holisticManaged: 'The client’s whole business: the value system from manufacturer to the client’s customers, and our own value chain',
  linearWho: 'The salesperson; each department on its own',
  holisticWho: 'Every function that affects the client, coordinated by the key account manager',
};

export default en;
