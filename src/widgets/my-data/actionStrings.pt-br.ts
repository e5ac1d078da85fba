// Portuguese (Brazil) texts of actionStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './actionStrings.en';

const ptBr: Dictionary<typeof en> = {
  exported: 'Backup salvo como {file}.',
  exportFailed: 'Não foi possível criar o arquivo de backup.',
  summaryTitle: 'Este arquivo contém',
  summaryExported: 'Exportado em {date}.',
  'summary.clients': 'Clientes: {n}',
  'summary.keyAccounts': 'Clientes-chave: {n}',
  'summary.accountsAssessed': 'Contas avaliadas: {n}',
  'summary.diagnoses': 'Diagnósticos: {n}',
  'summary.plans': 'Planos de conta: {n}',
  'summary.segments': 'Segmentos: {n}',
  'summary.lessonsRead': 'Aulas lidas: {n}',
  'summary.quizzes': 'Quizzes: {n}',
  modeLegend: 'Como restaurar',
  modeReplace: 'Substituir tudo neste navegador pelo conteúdo do arquivo',
  modeMerge: 'Juntar o arquivo ao que já está aqui (quando os dois têm o mesmo item, fica a versão mais nova ou a do arquivo)',
  restoreButton: 'Restaurar',
  restored: 'Restaurado. As ferramentas agora mostram os dados do arquivo.',
  'error.too-large': 'Este arquivo é grande demais para ser um backup deste site (o limite é 20 MB).',
  'error.empty': 'Este arquivo está vazio.',
  'error.invalid-json': 'Este arquivo está incompleto ou danificado (não é um JSON válido). Nada foi alterado.',
  'error.not-a-backup': 'Este não é um arquivo de backup da KAM Academy. Nada foi alterado.',
  'error.hostile': 'Este arquivo contém dados que poderiam prejudicar a página, por isso foi recusado. Nada foi alterado.',
  'error.newer-version':
    'Este backup foi feito por uma versão mais nova do site. Recarregue a página para obter a versão nova e restaure de novo.',
  'error.invalid-version': 'Este arquivo tem uma versão de formato desconhecida. Nada foi alterado.',
  'error.invalid-data': 'Uma parte deste arquivo está no formato errado{where}. Nada foi alterado.',
  'error.invalid-date': 'A data de exportação deste arquivo não é uma data, então ele não foi gerado por este site. Nada foi alterado.',
  'error.unknown-id':
    'Este arquivo menciona algo que este site não conhece (“{detail}” em {store}). Talvez tenha sido editado à mão. Nada foi alterado.',
  'error.migration-failed': 'Não foi possível converter este backup antigo{where}. Nada foi alterado.',
  'error.read-only':
    'Alguns dados aqui foram salvos por uma versão mais nova do site{where} e não podem ser substituídos. Nada foi alterado.',
  'error.write-failed':
    'O navegador não conseguiu salvar os dados restaurados{where}; o armazenamento pode estar cheio. Nada foi alterado.',
  'error.conflict': 'Outra aba alterou os seus dados ao mesmo tempo{where}. Nada foi alterado; tente de novo.',
  'error.invalid': 'Os dados do arquivo não puderam ser usados{where}. Nada foi alterado.',
  // Filled into {where} above when the problem belongs to one store, else left empty.
  errorWhere: ' ({store})',
  'error.read-failed': 'Não foi possível ler o arquivo.',
  'error.demo': 'Esta aba está explorando a empresa de exemplo: volte primeiro para os seus dados. Nada foi alterado.',
  resetConfirmTitle: 'Apagar todos os seus dados deste navegador?',
  resetConfirmText:
    'Clientes, diagnósticos, checklists, planos de conta, segmentos, configurações, progresso no curso e cópias guardadas serão apagados. Isso não pode ser desfeito.',
  resetConfirm: 'Sim, apagar tudo',
  resetDone: 'Todos os seus dados foram apagados deste navegador.',
  resetReadOnly: 'Os dados salvos por uma versão mais nova não foram alterados: {stores}.',
  resetFailed: 'Alguns dados não puderam ser apagados: {stores}.',
};

export default ptBr;
