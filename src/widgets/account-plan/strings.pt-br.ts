// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  title: 'Montador de plano de conta',
  intro:
    'Um plano por cliente-chave e por ano, com as oito seções do artigo e o que os bons planos acrescentam: ações com responsáveis e prazos, mapa de contatos, riscos e data de revisão. Tudo é salvo enquanto você digita.',
  sampleLoaded: 'Exemplo carregado: um plano parcialmente preenchido para {account}. Complete o que falta e imprima.',
  plansTitle: 'Planos de {account}',
  plansEmpty: 'Ainda não há plano para esta conta.',
  planOf: 'Plano {year}',
  lastChange: 'última alteração em {date}',
  opened: '(aberto)',
  create: 'Criar o plano {year}',
  createHint:
    'O novo plano vem preenchido com o que as outras ferramentas sabem: faturamento, estágio, estágio-alvo e os riscos marcados no checklist de desunião.',
  known: 'O que as outras ferramentas sabem sobre esta conta',
  knownClass: 'Classe ABC (Pareto)',
  knownQuadrant: 'Quadrante da matriz de classificação',
  knownStage: 'Último diagnóstico de estágio',
  knownRisk: 'Risco de desunião',
  knownNone: 'ainda não avaliado',
  knownTry: 'Teste rápido: nenhum cliente está ligado, então não há o que preencher automaticamente.',
  knownFailed: 'não foi possível carregar (recarregue a página)',
  opening: 'Abrindo o plano…',
  partFailed: 'Não foi possível carregar esta parte do montador de planos. Verifique a conexão e recarregue a página.',
};

export default ptBr;
