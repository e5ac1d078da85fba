/** Português: Pareto classes and the import's errors and issues. Typed by the English texts (a missing entry is a type error). */
import type { ImportTexts } from './import.en';

const ptBr: ImportTexts = {
  paretoClasses: {
    A: { name: 'Classe A', description: 'Os clientes necessários para chegar ao primeiro limite (80%, por padrão) do faturamento.' },
    B: { name: 'Classe B', description: 'Os clientes seguintes, até o segundo limite (95%, por padrão).' },
    C: { name: 'Classe C', description: 'O restante: muitos clientes, pequena parte do faturamento.' },
  },
  importErrors: {
    empty: 'O arquivo está vazio.',
    'too-large': 'O arquivo é grande demais para importar aqui. Exporte menos linhas ou um período menor.',
    binary: 'Isto não parece um arquivo CSV. No Excel, use “Salvar como” e escolha “CSV (separado por vírgulas)” ou “CSV UTF-8”.',
    'no-header': 'A primeira linha deve conter os nomes das colunas (por exemplo, “Cliente” e “Valor”).',
    'no-amount-column': 'Nenhuma coluna de valor foi encontrada. Escolha a coluna que contém o valor.',
    'no-name-column': 'Nenhuma coluna de cliente foi encontrada. Escolha a coluna com o nome ou o código do cliente.',
    'unknown-column': 'Uma coluna escolhida não existe neste arquivo.',
    'no-rows': 'O arquivo tem os nomes das colunas, mas nenhuma linha de dados.',
    'no-valid-rows': 'Nenhuma linha pôde ser usada. Veja os problemas listados em cada linha.',
    unexpected: 'Não foi possível ler o arquivo.',
    'too-many-columns':
      'O arquivo tem mais de 256 colunas, então não é uma lista de clientes nem uma exportação de vendas. Exporte só as colunas necessárias.',
    'sums-too-large': 'Os valores somam mais do que é possível contar com exatidão. Confira se a coluna de valor tem mesmo valores.',
  },
  importIssues: {
    'ragged-row': 'Esta linha tem um número de colunas diferente do cabeçalho e foi ignorada.',
    'missing-name': 'Esta linha não tem o nome do cliente e foi ignorada.',
    'name-from-code': 'Este cliente tem código mas não tem nome; foi mantido com o código como nome. Complete o nome na carteira.',
    'missing-id': 'Esta linha não tem o código do cliente e foi ignorada.',
    'missing-amount': 'Esta linha não tem valor e foi ignorada.',
    'invalid-amount': 'O valor desta linha não é um número e a linha foi ignorada.',
    'invalid-date': 'Não foi possível ler a data desta linha; o valor foi mantido sem data.',
    'two-digit-year':
      'O ano nesta linha tem dois dígitos e foi lido como 20xx (por exemplo, 24 → 2024). Confira a data; a linha foi mantida.',
    'reserved-key':
      'O código ou nome do cliente nesta linha é um que o site usa internamente (o teste rápido), então o cliente foi mantido com outra chave.',
    'total-row': 'Esta parece ser uma linha de total do relatório e foi ignorada.',
    'merged-names': 'Grafias diferentes do mesmo cliente foram unificadas.',
    'malformed-quotes': 'Uma aspa solta nesta linha foi lida como parte do texto; confira se a linha foi lida corretamente.',
    'amount-out-of-range': 'O valor desta linha passa de um trilhão, mais do que qualquer venda real, e a linha foi ignorada.',
    'value-truncated': 'Um valor desta linha era longo demais e foi encurtado.',
    'id-too-long': 'O código do cliente nesta linha é longo demais para ser um código, e a linha foi ignorada.',
    'more-issues': 'Mais linhas tiveram problemas do que as listadas aqui.',
  },
};

export default ptBr;
