/**
 * One word per concept. A learner who meets "lição" on one page and "aula" on the next, or
 * "custo de atender" in a lesson and "custo de servir" in the glossary, wonders whether they are two
 * things. This test reads every course text a learner sees in Portuguese (lessons, quizzes, workshop,
 * glossary, case sheet, site chrome, tool dictionaries, domain texts) and fails on the variants we replaced,
 * naming the file and the line. It also checks the dictionaries in both languages for "(s)" plurals
 * (counts go through src/i18n/plural.ts) and for mixed percent spacing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillCount, plural } from '../../src/i18n/plural.ts';
import { formatPercent } from '../../src/i18n/format.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(new URL(dir, root)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(new URL(path, root)).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

const isPt = (path: string) => /(\.pt-br\.ts|\/pt-br\/[^/]+\.(mdx|json))$/.test(path);
const isEn = (path: string) => /(\.en\.ts|\/en\/[^/]+\.(mdx|json))$/.test(path);
const dictionaries = (keep: (path: string) => boolean) => [...files('src/widgets', keep), ...files('src/i18n', keep)];

/** Portuguese course texts: every file a pt-BR learner reads words from. */
const PT_FILES = [
  ...files('content/lessons', isPt),
  ...files('content/quizzes', isPt),
  ...files('content/workshop', isPt),
  ...files('content/case', isPt),
  ...dictionaries(isPt),
];
const EN_FILES = [
  ...files('content/lessons', isEn),
  ...files('content/quizzes', isEn),
  ...files('content/workshop', isEn),
  ...files('content/case', isEn),
  ...dictionaries(isEn),
];

/** The glossary's Portuguese side and the Portuguese half of ui.ts, as text. */
const glossary = JSON.parse(read('content/glossary/terms.json')) as {
  id: string;
  en: { term: string; definition: string };
  pt: { term: string; definition: string };
}[];
const uiSource = read('src/i18n/ui.ts');
const uiPt = uiSource.slice(uiSource.indexOf('const ptBr'));
const uiEn = uiSource.slice(0, uiSource.indexOf('const ptBr'));

const ptTexts: { source: string; text: string }[] = [
  ...PT_FILES.map((path) => ({ source: path, text: read(path) })),
  { source: 'src/i18n/ui.ts (pt-br)', text: uiPt },
  ...glossary.map((g) => ({ source: `glossary ${g.id} (pt)`, text: `${g.pt.term}\n${g.pt.definition}` })),
];
const enTexts: { source: string; text: string }[] = [
  ...EN_FILES.map((path) => ({ source: path, text: read(path) })),
  { source: 'src/i18n/ui.ts (en)', text: uiEn },
  ...glossary.map((g) => ({ source: `glossary ${g.id} (en)`, text: `${g.en.term}\n${g.en.definition}` })),
];

/** Lines of `texts` that match `pattern`, as "source:line: text" for a readable failure. */
function hits(texts: { source: string; text: string }[], pattern: RegExp): string[] {
  return texts.flatMap(({ source, text }) =>
    text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${source}:${i + 1}: ${line.trim().slice(0, 160)}`] : [])),
  );
}

/** Banned variant → the one term the course uses for that concept. */
const PT_BANNED: [RegExp, string][] = [
  [/\bli[çc](ão|ões)\b/i, 'aula / aulas'],
  [/custo (de|para) atend(er|imento)/i, 'custo de servir'],
  [/est[áa]gio[- ](meta|desejado|almejado)/i, 'estágio-alvo'],
  [/construtor de plano/i, 'montador de plano'],
  [/lista (de verifica[çc][ãa]o )?das causas da desuni[ãa]o/i, 'checklist de desunião'],
  [/a[çc][õo]es de preven[çc][ãa]o|\brem[ée]dios?\b/i, 'ações de mitigação'],
  [/fornecedor preferido/i, 'fornecedor preferencial'],
  [/participa[çc][ãa]o no gasto do cliente|participa[çc][ãa]o na carteira do cliente/i, 'participação nos negócios do cliente'],
  [/vendas (a|de) (clientes novos|novos clientes)/i, 'vendas para novos clientes'],
  [/banco de dados de clientes/i, 'base de clientes'],
  [/\b(uma|a) checklist\b/i, 'o checklist (masculine, as everywhere else)'],
];

describe('Portuguese: one term per concept', () => {
  it('reads every kind of course text (so a passing test is not an empty one)', () => {
    const sources = ptTexts.map((t) => t.source).join('\n');
    for (const part of [
      'content/lessons/pt-br/',
      'content/quizzes/pt-br/',
      'content/workshop/pt-br/',
      'content/case/pt-br/',
      'strings.pt-br.ts',
      'domain-texts/',
      'glossary ',
      'ui.ts (pt-br)',
    ]) {
      expect(sources).toContain(part);
    }
  });

  for (const [pattern, term] of PT_BANNED) {
    it(`uses "${term}", never ${pattern}`, () => {
      expect(hits(ptTexts, pattern)).toEqual([]);
    });
  }

  it('"alvejar" appears only in the article\'s quoted list of benefits', () => {
    const found = hits(ptTexts, /alvejar/i);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/why-adopt-kam\.mdx:\d+: 1\. identificar e alvejar/);
  });

  it('stage names in templates follow "o estágio": "está no estágio {stage}", never "está no {stage}"', () => {
    expect(hits(ptTexts, /\b(no|ao|do|o|em) \{(stage|target|current|from|to)\}/)).toEqual([]);
  });
});

describe('English: one word per concept', () => {
  it('calls the 80/20 idea the Pareto principle in running text', () => {
    expect(hits(enTexts, /Pareto law|law of Pareto|Pareto rule\b/i)).toEqual([]);
  });

  it('says "account for", not "represent" or "make up", for shares of revenue', () => {
    expect(hits(enTexts, /\b(represent|represents|make up|makes up)\b[^.]{0,20}(%|of (the )?(revenue|sales|business))/i)).toEqual([]);
  });
});

describe('dictionaries: counts agree with their nouns', () => {
  const all = [...dictionaries((p) => isEn(p) || isPt(p)), 'src/i18n/ui.ts'];

  it('have no "(s)"-style plurals left in either language', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(
      hits(
        all.map((path) => ({ source: path, text: read(path) })),
        /[a-zà-ú]\((s|es|is|ões)\)/i,
      ),
    ).toEqual([]);
  });

  it('write every count-and-noun with a {n:one|other} form that fillCount can resolve', () => {
    const segments = all.flatMap((path) => [...read(path).matchAll(/\{(\w+):([^{}|']*)\|([^{}|']*)\}/g)].map((m) => m[0]));
    expect(segments.length).toBeGreaterThan(40);
    for (const segment of segments) expect(fillCount('en', segment, { [segment.slice(1, segment.indexOf(':'))]: 2 })).not.toContain('{');
  });

  it('pick the form with Intl.PluralRules for each locale', () => {
    expect(fillCount('en', '{n} {n:line|lines}', { n: 1 })).toBe('1 line');
    expect(fillCount('en', '{n} {n:line|lines}', { n: 0 })).toBe('0 lines');
    expect(fillCount('pt-br', '{n:Este|Estes} {n} {n:cliente|clientes}', { n: 1 })).toBe('Este 1 cliente');
    expect(fillCount('pt-br', '{n:Este|Estes} {n} {n:cliente|clientes}', { n: 28 })).toBe('Estes 28 clientes');
    expect(fillCount('pt-br', '{n} {n:cliente-chave|clientes-chave}', { n: 28 })).toBe('28 clientes-chave');
    // Counts often arrive formatted for the page: "1.234" in pt-BR, "1,234" in English.
    expect(fillCount('pt-br', '{n} {n:linha|linhas}', { n: '1.234' })).toBe('1.234 linhas');
    expect(fillCount('en', '{n} {n:row|rows}', { n: '1,234' })).toBe('1,234 rows');
    expect(plural('en', 1, { one: 'file', other: 'files' })).toBe('file');
    expect(plural('pt-br', 2, { one: 'arquivo', other: 'arquivos' })).toBe('arquivos');
    // A segment without its value stays visible, like a missing placeholder.
    expect(fillCount('en', '{n:row|rows}', {})).toBe('{n:row|rows}');
  });
});

describe('percent: one convention per language', () => {
  it('formatPercent follows Intl for the locale', () => {
    expect(formatPercent('en', 0.2)).toBe('20%');
    expect(formatPercent('pt-br', 0.795, 1)).toBe(
      new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.795),
    );
  });

  const PERCENT_SPACE = /\d %/;
  const PERCENT_TIGHT = /\d%/;
  const ptConvention = PERCENT_SPACE.test(formatPercent('pt-br', 0.2)) ? 'spaced' : 'tight';

  it('English texts write "20%", never "20 %"', () => {
    expect(hits(enTexts, PERCENT_SPACE)).toEqual([]);
  });

  it(`Portuguese texts write percents the way Intl does for pt-BR (${ptConvention})`, () => {
    expect(hits(ptTexts, ptConvention === 'tight' ? PERCENT_SPACE : PERCENT_TIGHT)).toEqual([]);
  });

  it('reads the quizzes and the case sheet in both languages (so they cannot drift back to "45 %")', () => {
    for (const texts of [enTexts, ptTexts]) {
      const sources = texts.map((t) => t.source).join('\n');
      expect(sources).toMatch(/content\/quizzes\/(en|pt-br)\/account-plan\.json/);
      expect(sources).toMatch(/content\/case\/(en|pt-br)\/horizonte\.json/);
    }
  });

  it('the site chrome is a real dictionary (guards the slicing above)', () => {
    expect(uiEn).toContain("'site.name'");
    expect(uiPt).toContain("'site.name'");
  });
});

describe('glossary: the terms the lessons rely on, in both languages', () => {
  const byId = new Map(glossary.map((g) => [g.id, g]));
  const required: [string, string, string][] = [
    ['cost-to-serve', 'Cost to serve', 'Custo de servir'],
    ['dependence-risk', 'Dependence risk', 'Risco de dependência'],
    ['target-stage', 'Target stage', 'Estágio-alvo'],
    ['customer-attractiveness', 'Customer attractiveness', 'Atratividade do cliente'],
    ['relative-strength', 'Relative strength', 'Força relativa'],
    ['linear-model', 'Linear model', 'Modelo linear'],
    ['holistic-model', 'Holistic model', 'Modelo holístico'],
    ['value-chain', 'Value chain', 'Cadeia de valor'],
    ['value-system', 'Value system', 'Sistema de valor'],
    ['kraljic-matrix', 'Kraljic matrix', 'Matriz de Kraljic'],
    ['leverage-item', 'Leverage item', 'Item de alavancagem'],
    ['bottleneck-item', 'Bottleneck item', 'Item gargalo'],
    ['strategic-item', 'Strategic item', 'Item estratégico'],
    ['non-critical-item', 'Non-critical item', 'Item não crítico'],
  ];
  for (const [id, en, pt] of required) {
    it(`defines ${id}`, () => {
      expect(byId.get(id)?.en.term).toContain(en);
      expect(byId.get(id)?.pt.term).toContain(pt);
    });
  }

  it('maps the later stage names to the article’s six, in order', () => {
    const later: [string, string, string][] = [
      ['stage-exploratory', 'Exploratory', 'Pre-KAM'],
      ['stage-basic', 'Basic', 'Early-KAM'],
      ['stage-cooperative', 'Cooperative', 'Mid-KAM'],
      ['stage-interdependent', 'Interdependent', 'Partnership-KAM'],
      ['stage-integrated', 'Integrated', 'Synergistic-KAM'],
      ['stage-disintegrating', 'Disintegrating', 'Uncoupling-KAM'],
    ];
    for (const [id, name, article] of later) {
      const entry = byId.get(id);
      expect(entry?.en.term, id).toContain(name);
      expect(entry?.en.definition, id).toContain(`for the article's ${article}`);
      expect(entry?.pt.term, id).toContain(name);
    }
  });
});
