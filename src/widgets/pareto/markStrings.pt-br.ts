// Portuguese (Brazil) texts of markStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './markStrings.en';

const ptBr: Dictionary<typeof en> = {
  markHeading: 'Candidatos a cliente-chave',
  markButton: 'Marcar a classe A como candidatos…',
  markPreviewNone: 'Toda a classe A já é cliente-chave ou candidata.',
  markPreview:
    '{n:Este|Estes} {n} {n:cliente da classe A será marcado como candidato|clientes da classe A serão marcados como candidatos}:',
  markAlready: '{n} {n:cliente da classe A já é cliente-chave ou candidato|clientes da classe A já são clientes-chave ou candidatos}.',
  markOutside: '{n} {n:cliente-chave ou candidato|clientes-chave ou candidatos} fora da classe A {n:continua marcado|continuam marcados}.',
  markConfirm: 'Marcar',
  marked:
    '{n} {n:cliente marcado como candidato|clientes marcados como candidatos} — o tamanho, sozinho, não faz um cliente-chave: confira adequação e custo, depois escolha seus clientes-chave na carteira e diagnostique cada relacionamento.',
  nextFitCost: 'Conferir adequação e custo',
  nextDiagnosis: 'Diagnosticar o estágio do relacionamento',
  nextDashboard: 'Ver o painel da minha carteira',
  undone: 'Desfeito: as marcações foram removidas.',
};

export default ptBr;
