// Portuguese (Brazil) texts of importStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './import.en';

const ptBr: Dictionary<typeof en> = {
  colType: 'Tipo de custo',
  importHint:
    'Um CSV com uma linha por cliente e custo: colunas cliente (nome ou código), tipo de custo (entregas, visitas, condições, devoluções, equipe, outros — em português ou inglês) e valor, em qualquer formato de número. Linhas do mesmo cliente e tipo são somadas.',
  chooseFile: 'Escolha um arquivo CSV',
  previewTitle: 'Prévia: {n} {n:linha|linhas} a aplicar',
  apply: 'Aplicar estes custos',
  issuesTitle: '{n} {n:linha ignorada|linhas ignoradas}',
  issueRow: 'Linha {row}: {problem}',
  'issue.no-client': 'sem cliente.',
  'issue.unknown-client': '“{value}” não é um cliente da sua carteira.',
  'issue.unknown-type': '“{value}” não é um tipo de custo (entregas, visitas, condições, devoluções, equipe, outros).',
  'issue.bad-amount': '“{value}” não é um valor.',
  'error.empty': 'O arquivo está vazio.',
  'error.binary': 'Este não é um arquivo de texto (CSV). Salve a planilha como CSV e tente de novo.',
  'error.no-client-column': 'Nenhuma coluna de cliente: chame uma coluna de “Cliente” (ou “Código”).',
  'error.no-type-column': 'Nenhuma coluna de tipo de custo: chame uma coluna de “Tipo de custo”.',
  'error.no-amount-column': 'Nenhuma coluna de valor: chame uma coluna de “Valor”.',
  'error.read': 'Não foi possível ler o arquivo.',
};

export default ptBr;
