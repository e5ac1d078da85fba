// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  privacyTitle: 'Onde ficam os seus dados',
  privacy:
    'Tudo o que você preenche ou importa fica neste navegador, neste dispositivo. Nada é enviado a lugar nenhum: o site não tem servidor que receba seus dados, não tem conta nem rastreamento.',
  privacyRisk:
    'O outro lado disso: se você limpar os dados deste navegador, usar outro navegador ou dispositivo, ou se o navegador ficar sem espaço, o seu trabalho não estará lá. Guarde um arquivo de backup.',
  persistentYes: 'Este navegador concordou em manter os dados do site mesmo quando faltar espaço.',
  persistentNo: 'Este navegador pode apagar os dados do site quando faltar espaço. Um arquivo de backup deixa você seguro.',
  storedTitleDemo: 'O que o espaço da empresa de exemplo guarda',
  storedTitle: 'O que está salvo neste navegador',
  colWhat: 'O quê',
  colContents: 'Conteúdo',
  colSaved: 'Salvo em',
  colSize: 'Espaço',
  notSavedYet: 'Ainda não salvo',
  readOnly: 'Salvo por uma versão mais nova (somente leitura)',
  unsaved: 'Alterações não salvas',
  'contents.settings': 'Nome: {name} · Moeda: {currency} · Formato de números: {format}',
  'contents.portfolio': 'Clientes: {clients} · Clientes-chave: {keyAccounts} · Linhas de vendas mensais: {monthlySales}',
  'contents.assessments': 'Contas avaliadas: {accounts} · Diagnósticos: {diagnoses} · Planos de conta: {plans}',
  'contents.matrixConfig': 'Critérios: {criteria}',
  'contents.segments': 'Segmentos: {segments}',
  'contents.buyingCentres': 'Contas mapeadas: {accounts}',
  'contents.costToServe': 'Clientes com custos lançados: {clients}',
  'contents.valuePropositions': 'Contas com proposta de valor: {accounts}',
  'contents.accountTeams': 'Contas com equipe: {accounts}',
  'contents.accountReviews': 'Revisões trimestrais: {reviews} · contas revisadas: {accounts}',
  'contents.kraljic': 'Contas com a visão do comprador: {accounts}',
  'contents.progress': 'Aulas lidas: {lessons} · Quizzes feitos: {quizzes}',
  noName: '(nenhum)',
  currencyTitle: 'Moeda e período dos seus números',
  currencyText:
    'Todos os valores aparecem na moeda dos seus dados, lida do arquivo importado. O período vale para todas as ferramentas (Pareto, carteira, painel).',
  currencyAuto: 'ainda não informada',
  spaceTitle: 'Espaço usado',
  space: 'Este site usa {size} do armazenamento do navegador (os navegadores permitem cerca de 5 MB por site).',
  keptTitle: 'Cópias guardadas',
  keptIntro:
    'Quando dados salvos não puderam ser lidos, ou antes de serem atualizados para um formato novo, guardamos uma cópia aqui. Baixe-a para mantê-la ou para pedir ajuda.',
  'kept.quarantine': 'Dados ilegíveis: {store}',
  'kept.premigration': 'Antes da atualização: {store}',
  keptDownload: 'Baixar',
  keptDelete: 'Apagar esta cópia',
  keptDeleted: 'A cópia foi apagada.',
  backupTitle: 'Backup',
  backupIntro: 'Um arquivo com tudo: clientes, diagnósticos, planos, segmentos, configurações e progresso no curso.',
  exportButton: 'Exportar um arquivo de backup',
  restoreTitle: 'Restaurar a partir de um arquivo de backup',
  restoreIntro: 'O arquivo inteiro é verificado antes; nada muda até você confirmar.',
  fileLabel: 'Arquivo de backup (.json)',
  reading: 'Verificando o arquivo…',
  tableFailed:
    'Não foi possível mostrar a tabela do que está salvo: o código dela não carregou. Verifique se está on-line e recarregue a página.',
  actionFailed: 'Não foi possível fazer isso: o código não carregou. Verifique se está on-line e tente de novo.',
  resetTitle: 'Apagar todos os meus dados',
  resetIntro: 'Apaga tudo o que este site salvou neste navegador. Exporte um backup antes, se puder precisar dele.',
  resetButton: 'Apagar todos os meus dados…',
};

export default ptBr;
