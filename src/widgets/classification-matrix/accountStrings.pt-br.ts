// Portuguese (Brazil) texts of accountStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './accountStrings.en';

const ptBr: Dictionary<typeof en> = {
  emptyNoKeyAccounts:
    'Nenhum cliente está marcado como cliente-chave ainda. Marque-os na carteira de clientes ou na ferramenta de Pareto, ou carregue o exemplo para experimentar a matriz.',
  emptyNoScores: 'Nenhum cliente-chave tem notas ainda. Dê as notas no passo 2 abaixo ou carregue as notas de exemplo.',
  scoresTitle: '2. Dê notas aos seus clientes-chave (0 a 10)',
  scoresHelp:
    '0 = muito fraco, 10 = excelente. As setas mudam a nota; Enter vai para o mesmo critério do próximo cliente. As notas são salvas enquanto você digita.',
  scoreLabel: '{account}: {criterion} (0 a 10)',
  scoreError: 'Use um número de 0 a 10: “{account}”, {criterion}.',
  notScored: 'notas incompletas',
  incomplete: '{n} de {total} clientes-chave ainda não têm todas as notas e ficam fora do gráfico.',
  pointDesc: '{account}: {quadrant}, {strategy}. Atratividade {a}, força {s}, faturamento {revenue}.',
  summary: '{n} {n:cliente-chave|clientes-chave} na matriz: {list}.',
  summaryLargest: 'O maior, {name}, é {quadrant}: {strategy}.',
  accountsHere: 'Clientes aqui: {list}.',
  pointsTitle: 'Cada cliente no gráfico (foque um para vê-lo no gráfico)',
};

export default ptBr;
