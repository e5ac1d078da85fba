// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  intro:
    'Importe os arquivos de “resultados do workshop” dos participantes para ver a turma inteira. Os arquivos são lidos só neste computador: nada é enviado, e nada fica guardado quando você sai ou recarrega esta página.',
  fileLabel: 'Escolher arquivos de resultados (dá para selecionar vários de uma vez)',
  dropTitle: 'Ou solte os arquivos aqui',
  dropHint: 'Arraste de uma vez os arquivos .json de todos os participantes para esta área.',
  dropActive: 'Solte para importar os arquivos',
  reading: 'Lendo {n} {n:arquivo|arquivos}…',
  importedSummary: '{ok} {ok:arquivo importado|arquivos importados}, {bad} {bad:recusado|recusados}, {dup} {dup:duplicado|duplicados}.',
  rejectedTitle: 'Arquivos que não puderam ser usados',
  duplicatesTitle: 'Duplicados (não contados duas vezes)',
  fileCol: 'Arquivo',
  reasonCol: 'Motivo',
  dupSame: 'A mesma exportação de “{kept}”, importada de novo.',
  dupOlder: 'Uma exportação mais antiga de {participant}; vale a mais recente, “{kept}”.',
  errEmpty: 'O arquivo está vazio.',
  errTooLarge: 'O arquivo é grande demais para ser um arquivo de resultados.',
  errNotJson: 'O arquivo não é um JSON legível (pode estar danificado ou não ser um arquivo de resultados).',
  errHostile: 'O arquivo tem conteúdo inseguro e foi recusado.',
  errBackup: 'Este é um backup completo dos dados de alguém (de “Meus dados”), não um arquivo de resultados do workshop.',
  errNotResults: 'Este não é um arquivo de resultados do workshop da KAM Academy.',
  errNewer: 'O arquivo foi gerado por uma versão mais nova do site; atualize esta página (recarregue com internet) e tente de novo.',
  errInvalid: 'O arquivo está danificado ou foi editado: “{path}” não é válido.',
  errRead: 'Não foi possível ler o arquivo.',
  emptyState: 'Ainda não há resultados. Importe os arquivos que os participantes exportaram no fim do workshop.',
  cleared: 'Todos os resultados foram apagados.',
  restored: 'Os resultados voltaram.',
  viewFailed: 'Não foi possível mostrar os resultados: parte desta página não carregou. Recarregue a página e importe os arquivos de novo.',
};

export default ptBr;
