import type { Dictionary, Locale } from '../../i18n/locales';

/** Strings of the storage banners; also used by My Data for store names and error reasons. */
const en = {
  region: 'Messages about your saved data',
  dismiss: 'Dismiss this message',
  'store.settings': 'Settings',
  'store.portfolio': 'Client portfolio',
  'store.assessments': 'Account diagnoses, checklists and plans',
  'store.matrixConfig': 'Classification matrix criteria',
  'store.segments': 'Market segments',
  'store.progress': 'Course progress',
  'notSaved.title': 'Not saved',
  'notSaved.text': 'Your latest changes to {stores} are only in this page and will be lost when you close it.',
  'notSaved.action': 'Export a backup now',
  'reason.quota': 'The browser’s storage space for this site is full.',
  'reason.security': 'The browser blocks storage for this site (privacy settings or a private window).',
  'reason.unavailable': 'This browser gives the site no storage.',
  'reason.unverified': 'The browser did not keep what was written.',
  'reason.unknown': 'The browser refused to save.',
  'unavailable.title': 'Your work cannot be saved in this browser',
  'unavailable.text': 'Everything works, but nothing you enter will be kept after you close the page. Export a backup before you leave.',
  'quarantined.title': 'Some saved data could not be read',
  'quarantined.text': '{store}: what was saved is damaged or in an unknown format. We kept a copy of it and started this part empty, so nothing else is affected.',
  'quarantined.memoryOnly': 'The copy could not be stored and is kept only until you close this page: download it now.',
  'quarantined.action': 'Download the kept copy',
  'quarantined.gone': 'The kept copy is no longer available.',
  'readOnly.title': 'Saved by a newer version of this site',
  'readOnly.text': '{store} was saved by a newer version of KAM Academy. This page shows it read-only and will not change it. Reload the page to get the newer version.',
  'conflict.title': 'Changed in another tab',
  'conflict.text': '{store} was changed in another tab or window. This page now shows the latest version; your last change here was not applied, so please make it again.',
  'backup.failed': 'The backup file could not be created. Try again, or copy your data from the My data page.',
} as const;

export type NoticeStrings = Dictionary<typeof en>;

const ptBr: NoticeStrings = {
  region: 'Avisos sobre os seus dados salvos',
  dismiss: 'Fechar este aviso',
  'store.settings': 'Configurações',
  'store.portfolio': 'Carteira de clientes',
  'store.assessments': 'Diagnósticos, checklists e planos de conta',
  'store.matrixConfig': 'Critérios da matriz de classificação',
  'store.segments': 'Segmentos de mercado',
  'store.progress': 'Progresso no curso',
  'notSaved.title': 'Não salvo',
  'notSaved.text': 'Suas últimas alterações em {stores} estão só nesta página e serão perdidas quando você fechá-la.',
  'notSaved.action': 'Exportar um backup agora',
  'reason.quota': 'O espaço de armazenamento do navegador para este site está cheio.',
  'reason.security': 'O navegador bloqueia o armazenamento deste site (configurações de privacidade ou janela anônima).',
  'reason.unavailable': 'Este navegador não oferece armazenamento ao site.',
  'reason.unverified': 'O navegador não guardou o que foi gravado.',
  'reason.unknown': 'O navegador recusou a gravação.',
  'unavailable.title': 'Não é possível salvar o seu trabalho neste navegador',
  'unavailable.text': 'Tudo funciona, mas nada do que você preencher será mantido depois que fechar a página. Exporte um backup antes de sair.',
  'quarantined.title': 'Alguns dados salvos não puderam ser lidos',
  'quarantined.text': '{store}: o que estava salvo está danificado ou num formato desconhecido. Guardamos uma cópia e começamos esta parte vazia, sem afetar o resto.',
  'quarantined.memoryOnly': 'Não foi possível gravar a cópia; ela fica disponível só até você fechar esta página: baixe-a agora.',
  'quarantined.action': 'Baixar a cópia guardada',
  'quarantined.gone': 'A cópia guardada não está mais disponível.',
  'readOnly.title': 'Salvo por uma versão mais nova deste site',
  'readOnly.text': '{store} foi salvo por uma versão mais nova da KAM Academy. Esta página mostra os dados somente para leitura e não vai alterá-los. Recarregue a página para usar a versão nova.',
  'conflict.title': 'Alterado em outra aba',
  'conflict.text': '{store} foi alterado em outra aba ou janela. Esta página agora mostra a versão mais recente; a sua última alteração aqui não foi aplicada, então faça-a de novo.',
  'backup.failed': 'Não foi possível criar o arquivo de backup. Tente de novo ou copie seus dados na página Meus dados.',
};

export const NOTICE_STRINGS: Record<Locale, NoticeStrings> = { en, 'pt-br': ptBr };

/** `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
