/** Português: The stage self-diagnosis: questions, answer options, uncoupling signals. Typed by the English texts (a missing entry is a type error). */
import type { QuestionTexts } from './questions.en';

const ptBr: QuestionTexts = {
  questions: {
    business: {
      text: 'Quanto negócio vocês fazem hoje com este cliente?',
      why: 'O artigo separa o Pré-KAM (não existem transações) do Early-KAM (já existem transações): o tipo de negócio mostra até onde o relacionamento avançou.',
      options: {
        pre: 'Nenhum ainda: estamos explorando a oportunidade.',
        early: 'Alguns pedidos pontuais, produto a produto.',
        mid: 'Negócios regulares em vários produtos ou unidades.',
        partnership: 'Negócios amplos, envolvendo várias áreas dos dois lados.',
        synergistic: 'Negócios integrados: nossos sistemas e processos estão interligados.',
      },
    },
    share: {
      text: 'Que parcela das compras do cliente na sua categoria fica com vocês?',
      why: 'O artigo dá os números: cerca de 50% no Mid-KAM e quase 100% na Parceria-KAM.',
      options: {
        pre: 'Nenhuma.',
        early: 'Uma parcela pequena (menos de uns 20%).',
        mid: 'Uma parcela importante, por volta da metade.',
        partnership: 'Quase tudo.',
        synergistic: 'Tudo, e planejamos juntos as necessidades futuras.',
      },
    },
    'supplier-status': {
      text: 'Como o cliente vê vocês como fornecedor?',
      why: 'O status de fornecedor é o principal teste observável do estágio segundo McDonald: de “um entre muitos” a “sair seria difícil para os dois”.',
      options: {
        pre: 'Como um potencial fornecedor: não estamos na lista dele.',
        early: 'Como um entre vários fornecedores, em teste.',
        mid: 'Como fornecedor preferencial, um entre poucos.',
        partnership: 'Como o fornecedor principal; ainda poderia sair se precisasse.',
        synergistic: 'Como parceiro: sair seria difícil para os dois lados.',
      },
    },
    contacts: {
      text: 'Quem fala com quem entre as duas empresas?',
      why: 'Pesquisas com pares cliente-fornecedor mostram que os relacionamentos se diferenciam sobretudo pela estrutura de contatos: um ponto de contato único (gravata-borboleta) é frágil; muitos contatos entre áreas (diamante) resistem melhor.',
      options: {
        pre: 'Só contatos exploratórios entre um vendedor e um comprador.',
        early: 'Um único canal: nosso gerente de contas e o comprador deles (gravata-borboleta).',
        mid: 'Algumas pessoas a mais, em vários níveis.',
        partnership: 'Muitas pessoas, de área para área (diamante).',
        synergistic: 'Equipes integradas; os gerentes de contas apenas coordenam.',
      },
    },
    price: {
      text: 'Em que se baseiam os preços?',
      why: 'O preço domina os relacionamentos iniciais; as parcerias passam a preços de longo prazo baseados em valor, e as sinérgicas, a custos abertos.',
      options: {
        pre: 'Cotações e concorrências contra outros fornecedores.',
        early: 'Principalmente no preço: ganhamos ou perdemos por ele.',
        mid: 'O preço ainda é importante, mas serviço e qualidade contam.',
        partnership: 'Acordos de longo prazo baseados no valor que criamos.',
        synergistic: 'Livro aberto: os custos são transparentes para os dois lados.',
      },
    },
    information: {
      text: 'Quanta informação vocês compartilham?',
      why: 'O fluxo de informações cresce com a confiança: de simples sinais a planos sensíveis compartilhados abertamente.',
      options: {
        pre: 'Apenas sinais e informações públicas.',
        early: 'Informações básicas de pedidos e entregas.',
        mid: 'Alguns planos e previsões, mas muitas vezes ficamos “no escuro”.',
        partnership: 'Informações sensíveis circulam abertamente, nos dois sentidos.',
        synergistic: 'Não há fronteiras: trabalhamos com os mesmos dados.',
      },
    },
    planning: {
      text: 'Vocês planejam em conjunto com o cliente?',
      why: 'Desenvolvimento e marketing conjuntos marcam o Mid-KAM; planos de negócio conjuntos marcam os estágios de parceria.',
      options: {
        pre: 'Não.',
        early: 'Não; reagimos aos pedidos dele.',
        mid: 'Fazemos alguns projetos ou promoções em conjunto.',
        partnership: 'Temos planos de desenvolvimento conjuntos.',
        synergistic: 'Construímos juntos a estratégia e o plano de negócios.',
      },
    },
    trust: {
      text: 'Quanto o cliente confia em vocês?',
      why: 'O artigo diz que a credibilidade existe a partir do Mid-KAM; a confiança é a base dos estágios seguintes.',
      options: {
        pre: 'Ainda não nos conhece.',
        early: 'Está nos testando.',
        mid: 'Temos credibilidade, mas ainda não total confiança.',
        partnership: 'A confiança é mútua.',
        synergistic: 'A confiança é total; agimos como uma só equipe.',
      },
    },
    exit: {
      text: 'Seria difícil para o cliente substituir vocês?',
      why: 'As barreiras de saída sobem a cada estágio; nos estágios mais altos, a saída prejudica os dois lados.',
      options: {
        pre: 'Não há o que substituir.',
        early: 'Fácil: outro fornecedor assumiria amanhã.',
        mid: 'Possível, com algum esforço.',
        partnership: 'Custoso, embora ele possa fazer isso se for preciso.',
        synergistic: 'Muito difícil para as duas empresas.',
      },
    },
    costs: {
      text: 'Quão transparentes são os custos entre vocês?',
      why: 'O artigo: no Synergistic-KAM, os “sistemas de custo tornam-se transparentes”.',
      options: {
        pre: 'Nada é compartilhado.',
        early: 'Só vemos os preços um do outro.',
        mid: 'Discutimos alguns fatores de custo.',
        partnership: 'Compartilhamos informações de custo para achar economias.',
        synergistic: 'Nossos sistemas de custo são transparentes um para o outro.',
      },
    },
    needs: {
      text: 'Que tipo de problema vocês resolvem para o cliente?',
      why: 'Millman e Wilson: os relacionamentos evoluem das necessidades de produto para as de processo e, depois, para “a forma de fazer negócios”.',
      options: {
        pre: 'Nenhum ainda.',
        early: 'Necessidades de produto: fornecemos o que ele pede.',
        mid: 'Produto e processo: melhoramos a forma como ele usa o que compra.',
        partnership: 'Processo e negócio: melhoramos as operações dele.',
        synergistic: 'Criamos valor novo juntos.',
      },
    },
  },
  signals: {
    'decided-to-end': 'O cliente decidiu encerrar o negócio ou passá-lo para um concorrente.',
    'volume-cut-announced': 'O cliente anunciou um corte forte no nosso volume ou participação.',
    'tender-opened': 'O cliente abriu uma concorrência ou pediu cotações a concorrentes para o que fornecemos.',
    'key-contact-left': 'Nosso principal contato (dele ou nosso) saiu ou mudou de função recentemente.',
    'trust-incident': 'Houve um incidente sério de confiança (promessa quebrada, vazamento, disputa).',
    'complaints-rising': 'As reclamações sobre qualidade ou serviço estão aumentando.',
    'orders-falling': 'Os pedidos caem há dois trimestres ou mais sem motivo claro.',
    'payment-problems': 'O cliente paga com atraso ou tem dificuldades financeiras.',
    'access-lost': 'As reuniões são canceladas e já não chegamos à alta direção.',
  },
};

export default ptBr;
