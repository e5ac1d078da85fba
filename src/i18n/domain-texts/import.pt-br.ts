/** Português: Pareto classes and the import's errors and issues. Typed by the English texts (a missing entry is a type error). */
import type { ImportTexts } from './import.en';

const ptBr: ImportTexts = {
  paretoClasses: {
    A: { name: 'Classe A', description: 'Os clientes necessários para chegar ao primeiro limite (80 %, por padrão) do faturamento.' },
    B: { name: 'Classe B', description: 'Os clientes seguintes, até o segundo limite (95 %, por padrão).' },
    C: { name: 'Classe C', description: 'O restante: muitos clientes, pequena parte do faturamento.' },
  },
  importErrors: {
    empty: 'O arquivo está vazio.',
    'too-large': 'O arquivo é grande demais para importar aqui. Exporte menos linhas ou um período menor.',
    binary:
      'Isto não parece um arquivo CSV. No Excel, use “Salvar como” e escolha “CSV (separado por vírgulas)” ou “CSV UTF-8”.',
    'no-header': 'A primeira linha deve conter os nomes das colunas (por exemplo, “Cliente” e “Valor”).',
    'no-amount-column': 'Nenhuma coluna de valor foi encontrada. Escolha a coluna que contém o valor.',
    'no-name-column': 'Nenhuma coluna de cliente foi encontrada. Escolha a coluna com o nome ou o código do cliente.',
    'unknown-column': 'Uma coluna escolhida não existe neste arquivo.',
    'no-rows': 'O arquivo tem os nomes das colunas, mas nenhuma linha de dados.',
    'no-valid-rows': 'Nenhuma linha pôde ser usada. Veja os problemas listados em cada linha.',
    unexpected: 'Não foi possível ler o arquivo.',
  },
  importIssues: {
    'ragged-row': 'Esta linha tem um número de colunas diferente do cabeçalho e foi ignorada.',
    'missing-name': 'Esta linha não tem o nome do cliente e foi ignorada.',
    'name-from-code': 'Este cliente tem código mas não tem nome; foi mantido com o código como nome. Complete o nome na carteira.',
    'missing-id': 'Esta linha não tem o código do cliente e foi ignorada.',
    'missing-amount': 'Esta linha não tem valor e foi ignorada.',
    'invalid-amount': 'O valor desta linha não é um número e a linha foi ignorada.',
    'invalid-date': 'Não foi possível ler a data desta linha; o valor foi mantido sem data.',
    'total-row': 'Esta parece ser uma linha de total do relatório e foi ignorada.',
    'merged-names': 'Grafias diferentes do mesmo cliente foram unificadas.',
    'malformed-quotes': 'Esta linha tem aspas desbalanceadas; confira se foi lida corretamente.',
    'more-issues': 'Mais linhas tiveram problemas do que as listadas aqui.',
  },
};

export default ptBr;
