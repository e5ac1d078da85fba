/** Português: The six relationship stages: names, summaries, how to move up. Typed by the English texts (a missing entry is a type error). */
import type { StageTexts } from './stages.en';
import names from './stageNames.pt-br';

const ptBr: StageTexts = {
  stages: {
    pre: {
      name: names.pre,
      short: 'Fase de exploração e atração: ainda não existem transações.',
      description:
        'Você identificou o cliente como uma possível conta-chave e está avaliando se existe adequação. Ainda não há transações; os dois lados trocam sinais e reúnem informações.',
      moveUp:
        'Conquistar o primeiro pedido: entender as necessidades e o processo de compra do cliente, descobrir quem decide e fazer uma oferta fácil de aceitar.',
    },
    early: {
      name: names.early,
      short: 'Já existem transações; produtos e serviços são a razão principal do relacionamento.',
      description:
        'Você já vende para o cliente, em geral por um único canal: o seu gerente de contas e o comprador dele (a gravata-borboleta). O cliente está testando você e ainda compra de vários fornecedores; o preço pesa muito.',
      moveUp:
        'Ganhar credibilidade: entregar sem falhas, resolver problemas rápido, entender como o cliente ganha dinheiro e começar a conhecer pessoas além do comprador.',
    },
    mid: {
      name: names.mid,
      short: 'Existe credibilidade; a proporção de negócios pode chegar a 50%.',
      description:
        'Você é um fornecedor preferencial, um entre poucos. Já há contatos em vários níveis e áreas, surgem projetos conjuntos e o cliente confia o bastante para compartilhar alguns planos. O preço ainda é importante.',
      moveUp:
        'Tornar-se o fornecedor principal: propor planos conjuntos, abrir contatos de área para área (o diamante), compartilhar informações nos dois sentidos e levar a conversa do preço para o valor.',
    },
    partnership: {
      name: names.partnership,
      short: 'Proporção de quase 100% dos negócios; parceria estratégica.',
      description:
        'O cliente vê você como um recurso externo estratégico. As equipes se reúnem área a área, informações sensíveis são compartilhadas, os preços são de longo prazo e baseados em valor, e o planejamento é feito em conjunto. O cliente ainda poderia sair, mas a um custo alto.',
      moveUp:
        'Integrar: construir planos de negócio e processos em comum, abrir os sistemas de custo um para o outro e criar valor que nenhum dos lados criaria sozinho.',
    },
    synergistic: {
      name: names.synergistic,
      short: 'Mais do que parceria: quase integração, com sistemas de custo transparentes.',
      description:
        'As duas empresas atuam como uma só neste negócio: estratégia conjunta, sistemas interligados, custos transparentes e equipes integradas que os gerentes de contas apenas coordenam. Sair seria difícil para os dois lados.',
      moveUp:
        'Este é o topo da escada. Mantenha-o vivo: revise a parceria com regularidade, continue inovando junto e verifique se o investimento ainda compensa.',
    },
    uncoupling: {
      name: names.uncoupling,
      short: 'Há uma quebra no relacionamento.',
      description:
        'Algo rompeu o relacionamento, em qualquer estágio: uma pessoa-chave saiu, houve ruptura de confiança, o relacionamento foi negligenciado, as culturas não combinaram, a qualidade falhou, ou o mercado ou as finanças do cliente mudaram.',
      moveUp:
        'Primeiro, encontre a causa. Reconstrua a confiança cumprindo pequenas promessas, amplie os contatos para além de uma pessoa e decida com honestidade se o cliente deve continuar como conta-chave.',
    },
  },
};

export default ptBr;
