import type { Dictionary } from '../locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  summary: 'Como esta ferramenta decide',
  intro: 'As regras por trás dos números acima, e de onde vem cada uma.',
  course: 'Heurística do curso',
  literature: 'Do artigo ou da literatura',
  legend:
    '“Heurística do curso” marca uma regra prática que este curso escolheu onde a literatura não dá número; leve isso em conta ao ler o resultado.',

  'portfolio.database':
    'O artigo pede uma base de clientes: cada cliente com seu faturamento. Todas as outras ferramentas leem os clientes daqui.',
  'portfolio.choose':
    'Os clientes-chave são escolha sua. A calculadora de Pareto marca os clientes classe A apenas como candidatos: o tamanho, sozinho, não faz um cliente-chave. Compare-os na ferramenta de adequação × custo e depois clique em “Escolher” ao lado de um candidato.',
  'portfolio.periods': 'Um arquivo com mais de 12 meses: Faturamento é o dos últimos 12 meses, e Período anterior o dos 12 antes.',
  'portfolio.dependence': 'Um cliente com {notice} do faturamento ou mais recebe um aviso; com {strong} ou mais, um alerta forte.',

  'pareto.classes':
    'Lei de Pareto (curva ABC): classe A são os clientes necessários, do maior para o menor, para chegar a {a} do faturamento (o que cruza a linha conta como A); classe B até {b}; classe C o resto.',
  'pareto.ties':
    'Clientes com o mesmo faturamento ficam sempre na mesma classe; clientes com faturamento zero ou negativo são listados à parte, fora do ranking.',
  'pareto.candidates': '“Marcar a classe A” marca candidatos, não clientes-chave: o curso alerta contra escolher só pelo tamanho.',
  'pareto.dependence':
    'Dependência do maior cliente: um aviso a partir de {notice} do faturamento (aula 2: “uns 10%”), um alerta forte a partir de {strong}.',

  'new-customers.share': 'A medida do artigo: vendas para novos clientes divididas pelas vendas totais, por mês, trimestre ou ano.',
  'new-customers.new':
    'Um cliente é novo no período da sua primeira compra nos seus dados. No primeiro período do arquivo todos parecem novos, porque o histórico anterior é desconhecido.',
  'new-customers.campaign': 'A janela de uma campanha é comparada com o mesmo número de dias logo antes dela.',

  'stage-diagnosis.ladder': 'As seis etapas ({stages}) vêm de Millman & Wilson e de McDonald, Millman & Rogers.',
  'stage-diagnosis.median':
    'Sua etapa é a mediana das etapas para as quais suas respostas apontam (a menor, em caso de empate), para que uma resposta otimista sozinha não a mova.',
  'stage-diagnosis.spread':
    'Respostas a {spread} ou mais degraus de distância recebem um alerta: o relacionamento parece diferente conforme onde se olha.',
  'stage-diagnosis.signals':
    'Um sinal decisivo (o cliente decidiu cortar ou encerrar o negócio) coloca a conta em {uncoupling}; {signals} ou mais sinais de alerta ao mesmo tempo contam como risco alto.',

  'uncoupling.causes':
    'As cinco causas da desunião do artigo e as duas causas externas que ele cita, cada uma com indicadores observáveis.',
  'uncoupling.score':
    'Cada indicador tem um peso; a pontuação é a parcela ponderada dos indicadores marcados, de 0 a 100. Marcar mais um nunca a diminui.',
  'uncoupling.levels':
    'Nível: médio a partir de {mediumScore} pontos (ou uma causa em {mediumCause}); alto a partir de {highScore} (ou uma causa em {highCause}).',

  'buying-centre.roles':
    'Os papéis do centro de compras (Webster e Wind): decisor econômico, usuários, técnico ou qualidade, influenciadores, filtros (gatekeepers) e um defensor interno; uma pessoa pode ter vários.',
  'buying-centre.gaps':
    'Lacunas: um papel que nenhuma pessoa nomeada ocupa, alguém de poder alto sem ninguém do nosso lado, alguém de poder alto contra nós e um fio só (todos atendidos pela mesma pessoa nossa, ou uma só pessoa atendida).',
  'buying-centre.pattern':
    'Gravata-borboleta ou diamante pela mesma regra do plano de conta, só com as pessoas atendidas: o cargo como a área delas, quem as atende como a nossa. Quem não fala com ninguém não é um fio.',

  'account-team.raci':
    'A matriz RACI (responsável, aprovador, consultado, informado) para cinco decisões recorrentes: preços, condições, exceções, recursos e o plano de conta. Cada decisão precisa de exatamente um A e de pelo menos um R; cada célula leva uma letra.',
  'account-team.gaps':
    'Lacunas: nenhum gerente de contas ou dois, nenhum patrocinador executivo, o gerente acumulando o papel de patrocinador, e usuários ou técnicos no centro de compras sem contraparte em logística, operações, qualidade ou assistência técnica.',
  'account-team.workload':
    'Carga: os clientes-chave cuja equipe tem a pessoa como gerente (nomes iguais entre contas) e a fatia do faturamento dos clientes-chave que ela carrega. Alerta acima de {perManager} por gerente (regra prática do curso, editável) e quando os clientes-chave passam da capacidade da equipe definida na ferramenta de adequação e custo.',

  'account-plan.sections':
    'As oito seções do artigo, mais o que os bons planos acrescentam (Cranfield): ações com responsável e prazo, mapa de contatos, riscos e data da próxima revisão.',
  'account-plan.completeness':
    'Completude: uma seção conta como feita com um registro de verdade, para que o medidor recompense quem começa.',
  'account-plan.pattern':
    'Gravata-borboleta ou diamante (Cheverton), lido dos dois lados: um diamante exige pelo menos dois contatos em áreas diferentes do cliente, cada um atendido por uma pessoa diferente do nosso lado. Um vendedor e um comprador, ou tudo passando por uma só pessoa, é uma gravata-borboleta. “Nosso contato” vazio conta como o gerente de contas.',

  'classification-matrix.criteria':
    'Atratividade do cliente contra a sua força relativa, cada eixo uma lista ponderada de critérios (padrões da literatura); os pesos de cada eixo somam 100.',
  'classification-matrix.score': 'Cada eixo é Σ(nota × peso) / 100, de 0 a 10. Quadrantes: {quadrants}, cada um com sua estratégia.',
  'classification-matrix.midpoint': '“Alto” significa {mid} ou mais num eixo (o ponto médio, que você pode mudar).',

  'fit-cost.tool': 'A segunda ferramenta de seleção do artigo: adequação ao negócio contra o custo de gerir o cliente como cliente-chave.',
  'fit-cost.zones': 'Não existe escala publicada, então as zonas são deste curso: {zones}. “Alto” significa {mid} ou mais.',
  'fit-cost.zone': '{zone} ({when})',
  'fit-cost.zone.select': 'alta adequação e baixo custo',
  'fit-cost.zone.consider': 'alta adequação, mas custoso',
  'fit-cost.zone.later': 'baixo custo, mas pouca adequação',
  'fit-cost.zone.avoid': 'pouca adequação e custo alto',
  'fit-cost.capacity':
    'A capacidade da equipe começa em {capacity} clientes-chave, dentro da regra prática de 15 a 35 de McDonald & Woodburn; mais contas recomendadas do que isso geram um alerta.',
  'fit-cost.candidates':
    'Os clientes-chave aparecem primeiro, depois os candidatos marcados a partir da classe A, depois os demais clientes.',

  'cost-to-serve.margin':
    'Margem após o custo de servir = margem bruta − os custos de servir o cliente (entregas, visitas, condições especiais, crédito, devoluções, equipe dedicada), como no custeio por atividade da rentabilidade de clientes.',
  'cost-to-serve.credit':
    'Custo do crédito = faturamento × prazo de pagamento / 365 × a taxa anual que você define. Clientes sem margem bruta usam a margem que você definir para eles, ou ficam listados à parte.',
  'cost-to-serve.whale':
    'Curva da baleia (Kaplan & Cooper): lucro acumulado por cliente, do mais rentável ao menos; passa de 100% e volta através dos clientes que dão prejuízo.',
  'value-proposition.focus':
    'Foco de ressonância (Anderson, Narus e van Rossum): os fatores críticos de sucesso em que o cliente nos avalia acima da melhor alternativa e que pesam pelo menos {focusImportance} de 5, primeiro os mais importantes, depois a maior vantagem; no máximo {focusMax}.',
  'value-proposition.worksheet':
    'Valor em uso por ano, linha a linha: o que o cliente gasta ou perde com a alternativa menos o que gasta ou perde conosco (nas linhas de receita, o que ganha conosco menos com a alternativa). O preço fica à parte: nosso preço menos o da alternativa é o prêmio de preço. Os totais somam centavos inteiros.',
  'value-proposition.split':
    'Saldo para o cliente = valor criado − prêmio. A divisão é “o cliente perde” abaixo de zero, “valor dado de graça” sem prêmio, “pede demais” acima de {fairShare} do valor criado, e “equilibrada” nos demais casos.',
  'account-review.snapshot':
    'Ao começar uma revisão, a ferramenta a preenche com o que as outras sabem naquele dia: o estágio do último diagnóstico, a pontuação do checklist de desunião, o faturamento do trimestre na sua carteira e um quarto da meta anual de faturamento do plano de conta.',
  'account-review.trend':
    'Tendência: as duas últimas revisões comparadas. Estágio que cai ou risco que sobe é piora (uma queda de estágio pesa mais que um ganho em outro ponto); estágio que sobe ou risco que cai é melhora.',
  'account-review.rules':
    'Motivos para reclassificar: o risco subindo dois trimestres seguidos; faturamento abaixo de {wellBelow} da meta dois trimestres seguidos; não estar na classe A; Streamline na matriz; risco alto. {uncoupling}, ou três motivos juntos, dizem sair do KAM.',
  'kraljic.matrix':
    'Matriz de compras de Kraljic (1983): o comprador classifica o que compra por impacto no resultado e risco de fornecimento em itens não críticos, de alavancagem, gargalo e estratégicos, e trata cada tipo de fornecedor de um jeito.',
  'kraljic.axes':
    'Cada eixo é a média das suas três respostas numa escala de 1 a 5; conta como alto acima de {kraljicMid}, o meio da escala. O quadrante aparece quando as seis perguntas estão respondidas.',
  'kraljic.cap':
    'Teto de estágio (heurística do curso): itens de alavancagem e não críticos param no Mid-KAM, um gargalo na Parceria-KAM, e o estratégico abre o Synergistic-KAM. A ferramenta compara o teto com o último diagnóstico e seu estágio-alvo (ou o do plano).',
  'dpm.matrix':
    'Matriz de política direcional (McDonald): cada segmento pela atratividade do mercado e pela sua força nele, hoje e daqui a três anos; a área da bolha é o faturamento.',
  'dpm.direction': 'Direção: um movimento de menos de {band} ponto (somando os dois eixos) conta como estável.',
  'dpm.midpoint': '“Alto” significa {mid} ou mais num eixo.',

  'dashboard.sources':
    'Todos os números vêm das ferramentas: a classe ABC da calculadora de Pareto, a etapa do diagnóstico mais recente por data, o risco do checklist de desunião, o quadrante da matriz e o plano do ano mais recente.',
  'dashboard.warnings':
    'Alertas: sem plano; data de revisão vencida; risco alto (checklist alto, um sinal decisivo ou {signals}+ sinais); padrão de contatos gravata-borboleta; um cliente com {strong} do faturamento ou mais.',
  'dashboard.dependence':
    'Dependência de um só cliente: um aviso a partir de {notice}, um alerta forte a partir de {strong} (a regra prática da aula 2).',
};

export default ptBr;
