// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  region: 'Avisos sobre os seus dados salvos',
  dismiss: 'Fechar este aviso',
  'notSaved.title': 'Não salvo',
  'notSaved.text': 'Suas últimas alterações em {stores} estão só nesta página e serão perdidas quando você fechá-la.',
  'notSaved.action': 'Exportar um backup agora',
  'reason.quota': 'O espaço de armazenamento do navegador para este site está cheio.',
  'reason.security': 'O navegador bloqueia o armazenamento deste site (configurações de privacidade ou janela anônima).',
  'reason.unavailable': 'Este navegador não oferece armazenamento ao site.',
  'reason.unverified': 'O navegador não guardou o que foi gravado.',
  'reason.unknown': 'O navegador recusou a gravação.',
  'unavailable.title': 'Não é possível salvar o seu trabalho neste navegador',
  'unavailable.text':
    'Tudo funciona, mas nada do que você preencher será mantido depois que fechar a página. Exporte um backup antes de sair.',
  'quarantined.title': 'Alguns dados salvos não puderam ser lidos',
  'quarantined.text':
    '{store}: o que estava salvo está danificado ou num formato desconhecido. Guardamos uma cópia e começamos esta parte vazia, sem afetar o resto.',
  'quarantined.action': 'Baixar a cópia guardada',
  'quarantined.memoryOnly':
    'Não foi possível guardar a cópia; ela fica só nesta página até você fechá-la. Enquanto você não baixar (ou descartar) a cópia, esta parte não pode ser alterada, para que nada a sobrescreva.',
  'quarantined.discard': 'Descartar a cópia',
  'quarantined.discardConfirm': 'Descartar de vez os dados danificados? Depois não será possível recuperá-los.',
  'quarantined.released': 'Cópia baixada: esta parte pode ser alterada de novo.',
  'quarantined.gone': 'A cópia guardada não está mais disponível.',
  'readOnly.title': 'Salvo por uma versão mais nova deste site',
  'readOnly.text':
    '{store} foi salvo por uma versão mais nova da KAM Academy. Esta página mostra os dados somente para leitura e não vai alterá-los. Recarregue a página para usar a versão nova.',
  'conflict.title': 'Alterado em outra aba',
  'conflict.text':
    '{store} foi alterado em outra aba ou janela. Esta página agora mostra a versão mais recente; a sua última alteração aqui não foi aplicada, então faça-a de novo.',
  'backup.failed': 'Não foi possível criar o arquivo de backup. Tente de novo ou copie seus dados na página Meus dados.',
};

export default ptBr;
