/**
 * "How this tool decides": each tool's rules in plain words. Numbers are placeholders filled from
 * the domain's constants (rules.ts), never typed here, so a changed constant changes the note.
 */
const en = {
  summary: 'How this tool decides',
  intro: 'The rules behind the figures above, and where each one comes from.',
  course: 'Course heuristic',
  literature: 'From the article or the literature',
  legend:
    '“Course heuristic” marks a rule of thumb this course chose where the literature gives no number; change your reading of the result accordingly.',

  'portfolio.database':
    'The article asks for a client database: every client with its revenue. Every other tool reads its clients from here.',
  'portfolio.choose':
    'Key accounts are your choice. The Pareto calculator marks its class A clients only as candidates: size alone does not make a key account. Compare them in the fit/cost tool, then press “Choose” next to a candidate.',
  'portfolio.periods': 'A file covering more than 12 months: Revenue is the last 12 months, Previous period the 12 before.',
  'portfolio.dependence': 'One client with {notice} of revenue or more gets a notice; with {strong} or more, a strong warning.',

  'pareto.classes':
    'Lei de Pareto (ABC analysis): class A are the clients you need, largest first, to reach {a} of revenue (the one that crosses the line counts as A); class B up to {b}; class C the rest.',
  'pareto.ties': 'Clients with the same revenue always share a class; clients with zero or negative revenue are listed apart, not ranked.',
  'pareto.candidates': '“Mark class A” marks candidates, not key accounts: the course warns against choosing by size alone.',
  'pareto.dependence':
    'Dependence on the largest client: a notice from {notice} of revenue (lesson 2: “about 10%”), a strong warning from {strong}.',

  'new-customers.share': 'The article’s measure: sales to new customers divided by total sales, per month, quarter or year.',
  'new-customers.new':
    'A customer is new in the period of its first purchase in your data. In the file’s first period everybody looks new, because earlier history is unknown.',
  'new-customers.campaign': 'A campaign window is compared with the same number of days just before it.',

  'stage-diagnosis.ladder': 'The six stages ({stages}) come from Millman & Wilson and McDonald, Millman & Rogers.',
  'stage-diagnosis.median':
    'Your stage is the median of the stages your answers point to (the lower one on a tie), so one optimistic answer cannot move it alone.',
  'stage-diagnosis.spread':
    'Answers {spread} or more rungs apart get a warning: the relationship looks different depending on where you look.',
  'stage-diagnosis.signals':
    'A decisive signal (the client decided to cut or end the business) puts the account in {uncoupling}; {signals} or more warning signals at once count as high risk.',

  'uncoupling.causes': 'The article’s five causes of uncoupling and the two external causes it names, each with observable indicators.',
  'uncoupling.score':
    'Each indicator has a weight; the score is the weighted share of indicators checked, from 0 to 100. Checking one more never lowers it.',
  'uncoupling.levels':
    'Level: medium from a score of {mediumScore} (or one cause at {mediumCause}); high from {highScore} (or one cause at {highCause}).',

  'buying-centre.roles':
    'The buying centre’s roles (Webster and Wind): economic buyer, users, technical or quality, influencers, gatekeepers and a champion; one person may hold several.',
  'buying-centre.gaps':
    'Gaps: a role no named person holds, a high-power person nobody on our side covers, a high-power person against us, and a single thread (everyone covered by the same one of us, or only one person covered).',
  'buying-centre.pattern':
    'Bow-tie or diamond by the account plan’s own rule, on the covered people only: job title as their function, the team member who covers them as ours. Someone nobody talks to is not a thread.',

  'account-team.raci':
    'The RACI (responsible, accountable, consulted, informed) for five recurring decisions: prices, terms, exceptions, resources and the account plan. Each decision needs exactly one A and at least one R; a cell holds one letter.',
  'account-team.gaps':
    'Gaps: no key account manager or two, no executive sponsor, the manager doubling as sponsor, and users or technical people in the buying centre with no counterpart in logistics, operations, quality or technical service.',
  'account-team.workload':
    'Workload: the key accounts whose team names a manager as KAM (names matched across accounts), and the share of key-account revenue they carry. A warning above {perManager} per manager (the course’s rule of thumb, editable) and when the key accounts exceed the team capacity set in the fit-and-cost tool.',

  'account-plan.sections':
    'The article’s eight sections, plus what good plans add (Cranfield): actions with owner and date, a contact map, risks and a next review date.',
  'account-plan.completeness': 'Completeness: a section counts as done with one real entry, so the meter rewards starting.',
  'account-plan.pattern':
    'Bow-tie or diamond (Cheverton), read from both sides: a diamond needs at least two contacts in different functions at the client, each held by a different person of ours. One salesperson and one buyer, or everything through one person, is a bow-tie. An empty “our contact” counts as the account manager.',

  'classification-matrix.criteria':
    'Customer attractiveness against your relative strength, each a weighted list of criteria (defaults from the literature); the weights of each axis add up to 100.',
  'classification-matrix.score': 'Each axis is Σ(score × weight) / 100, on 0 to 10. Quadrants: {quadrants}, each with its strategy.',
  'classification-matrix.midpoint': '“High” means {mid} or more on an axis (the midpoint, which you can change).',

  'fit-cost.tool': 'The article’s second selection tool: business fit against the cost of managing the client as a key account.',
  'fit-cost.zones': 'No published scale exists, so the zones are this course’s: {zones}. “High” means {mid} or more.',
  'fit-cost.zone': '{zone} ({when})',
  'fit-cost.zone.select': 'high fit, low cost',
  'fit-cost.zone.consider': 'high fit but costly',
  'fit-cost.zone.later': 'low cost but poor fit',
  'fit-cost.zone.avoid': 'poor fit and costly',
  'fit-cost.capacity':
    'Team capacity starts at {capacity} key accounts, inside McDonald & Woodburn’s 15–35 rule of thumb; more recommended accounts than that gets a warning.',
  'fit-cost.candidates': 'Key accounts are listed first, then the candidates marked from class A, then the other clients.',

  'cost-to-serve.margin':
    'Margin after cost to serve = gross margin − the costs of serving the client (deliveries, visits, special terms, credit, returns, dedicated staff), as in activity-based customer profitability.',
  'cost-to-serve.credit':
    'Cost of credit = revenue × payment days / 365 × the yearly rate you set. Clients without a gross margin use the margin you set for them, or are listed apart.',
  'cost-to-serve.whale':
    'Whale curve (Kaplan & Cooper): cumulative profit by client, most profitable first; it rises above 100% and falls back through the clients that lose money.',
  'value-proposition.focus':
    'Resonating focus (Anderson, Narus & van Rossum): the critical success factors where the customer rates us above the best alternative and that matter at least {focusImportance} of 5, the most important first, then the widest lead; at most {focusMax}.',
  'value-proposition.worksheet':
    'Value in use per year, line by line: what the customer spends or loses with the alternative minus with us (for revenue lines, gained with us minus with the alternative). Price is kept apart: our price minus the alternative’s is the premium. Totals are summed in whole cents.',
  'value-proposition.split':
    'Net to the customer = value created − premium. The split reads “customer loses” below zero, “value given away” with no premium, “asks too much” above {fairShare} of the value created, else “balanced”.',
  'account-review.snapshot':
    'Starting a review fills it from the other tools on that day: the stage of the latest diagnosis, the uncoupling checklist’s score, the quarter’s revenue in your portfolio, and a quarter of the account plan’s revenue goal for the year.',
  'account-review.trend':
    'Trend: the last two reviews compared. The stage falling or the risk rising is worsening (a fall in stage outweighs a gain elsewhere); the stage rising or the risk falling is improving.',
  'account-review.rules':
    'Reasons to reclassify: the risk rising two quarters running; revenue under {wellBelow} of the goal two quarters running; not class A; Streamline in the matrix; a high risk. {uncoupling}, or three reasons together, say leave KAM.',
  'kraljic.matrix':
    'Kraljic’s purchasing matrix (1983): the buyer classifies what it buys by profit impact and supply risk into non-critical, leverage, bottleneck and strategic items, and treats each kind of supplier differently.',
  'kraljic.axes':
    'Each axis is the average of its three answers on a 1–5 scale; it counts as high above {kraljicMid}, the scale’s middle. The quadrant appears when all six questions are answered.',
  'kraljic.cap':
    'Stage cap (the course’s heuristic): leverage and non-critical items stop at Mid-KAM, a bottleneck at Partnership-KAM, strategic opens Synergistic-KAM. The tool compares the cap with the latest diagnosis and its target stage (else the plan’s).',
  'dpm.matrix':
    'Directional policy matrix (McDonald): each segment by market attractiveness and your strength in it, now and in three years; the bubble’s area is its revenue.',
  'dpm.direction': 'Direction: a move of less than {band} point (both axes summed) counts as stable.',
  'dpm.midpoint': '“High” means {mid} or more on an axis.',

  'dashboard.sources':
    'Every figure comes from the tools: the ABC class from the Pareto calculator, the stage from the latest diagnosis by date, the risk from the uncoupling checklist, the quadrant from the matrix, and the latest year’s plan.',
  'dashboard.warnings':
    'Warnings: no plan; review date passed; high risk (checklist high, a decisive signal or {signals}+ signals); a bow-tie contact pattern; one client with {strong} of revenue or more.',
  'dashboard.dependence': 'Dependence on one client: a notice from {notice}, a strong warning from {strong} (lesson 2’s rule of thumb).',
} as const;

export default en;
