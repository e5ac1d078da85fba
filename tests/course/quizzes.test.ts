/**
 * The lesson quizzes (content/quizzes/{en,pt-br}/*.json) test understanding, not test-taking:
 * - at least half of each lesson's questions apply the idea to a new account or new numbers
 *   (`kind: "application"`), in both languages;
 * - the right option is not given away by its length: in each language it is the longest option in
 *   at most a third of the questions;
 * - the two languages pair up: same question ids, kinds, option counts and answer keys;
 * - feedback explains (no "Correct." in front, which the widget already says; no question repeated);
 * - every figure about the sample company comes from the case sheet (content/case/…/horizonte.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSheetSchema, type CaseSheet } from '../../src/course/caseSheet.ts';
import { pairingProblems, type LocalisedItem } from '../../src/course/pairing.ts';
import { quizSchema, type QuizData, type QuizQuestion } from '../../src/course/schemas.ts';

type Lang = 'en' | 'pt-br';
const LANGS: Lang[] = ['en', 'pt-br'];
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

const quizzes: Record<Lang, QuizData[]> = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    readdirSync(new URL(`content/quizzes/${lang}/`, root))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => quizSchema.parse(JSON.parse(read(`content/quizzes/${lang}/${f}`)))),
  ]),
) as Record<Lang, QuizData[]>;
const all = (lang: Lang): QuizQuestion[] => quizzes[lang].flatMap((q) => q.questions);
const quiz = (lang: Lang, lesson: string): QuizData => {
  const found = quizzes[lang].find((q) => q.lesson === lesson);
  if (!found) throw new Error(`no quiz ${lesson} in ${lang}`);
  return found;
};
const question = (lang: Lang, lesson: string, id: string): QuizQuestion => {
  const found = quiz(lang, lesson).questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in ${lang}/${lesson}`);
  return found;
};
const fullText = (q: QuizQuestion): string => [q.scenario ?? '', q.prompt, ...q.options.flatMap((o) => [o.text, o.feedback])].join(' ');

/** Index of the longest option text (the first one on a tie). */
export function longestOption(q: Pick<QuizQuestion, 'options'>): number {
  return q.options.reduce((best, o, i) => (o.text.length > q.options[best]!.text.length ? i : best), 0);
}

describe('quiz structure', () => {
  it('every lesson has a quiz in both languages', () => {
    const lessons = (lang: Lang) => readdirSync(new URL(`content/lessons/${lang}/`, root)).filter((f) => f.endsWith('.mdx')).length;
    for (const lang of LANGS) expect(quizzes[lang]).toHaveLength(lessons(lang));
  });

  it('pairs en and pt-br: same question ids, kinds, option counts and answer keys', () => {
    const items: LocalisedItem[] = LANGS.flatMap((lang) =>
      quizzes[lang].map((q) => ({
        locale: lang,
        id: q.lesson,
        questionIds: q.questions.map((x) => x.id),
        answers: q.questions.map((x) => x.answer),
        source: `${lang}/${q.lesson}.json`,
      })),
    );
    expect(pairingProblems(items, 'quiz')).toEqual([]);
    for (const en of quizzes.en) {
      const pt = quiz('pt-br', en.lesson);
      expect(
        pt.questions.map((q) => [q.kind, q.options.length, q.scenario === undefined]),
        en.lesson,
      ).toEqual(en.questions.map((q) => [q.kind, q.options.length, q.scenario === undefined]));
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: at least half of each lesson's questions are application questions`, () => {
      const short = quizzes[lang]
        .filter((q) => q.questions.filter((x) => x.kind === 'application').length * 2 < q.questions.length)
        .map((q) => q.lesson);
      expect(short).toEqual([]);
    });

    it(`${lang}: the right option is the longest in at most a third of the questions`, () => {
      const questions = all(lang);
      const giveaways = questions.filter((q) => longestOption(q) === q.answer).length;
      expect(giveaways * 3).toBeLessThanOrEqual(questions.length);
    });

    it(`${lang}: the right answer is not always in the same place`, () => {
      const positions = new Set(all(lang).map((q) => q.answer));
      expect(positions.size).toBeGreaterThanOrEqual(3);
    });

    it(`${lang}: feedback explains instead of repeating the verdict or the question`, () => {
      const verdict =
        lang === 'en'
          ? /^(correct|right|wrong|incorrect|no|yes|not quite|exactly)\b\s*[.,:!—-]/i
          : /^(correto|certo|errado|incorreto|não|sim|exato|isso)\b\s*[.,:!—-]/i;
      const problems: string[] = [];
      for (const q of all(lang)) {
        const feedbacks = q.options.map((o) => o.feedback);
        if (new Set(feedbacks).size !== feedbacks.length) problems.push(`${q.id}: two options share a feedback`);
        for (const o of q.options) {
          if (verdict.test(o.feedback)) problems.push(`${q.id}: feedback starts with a verdict: ${o.feedback.slice(0, 40)}`);
          if (o.feedback.includes(q.prompt)) problems.push(`${q.id}: feedback repeats the question`);
          // A short option ("Mid-KAM", "R$ 600,000") may open its own explanation; a sentence may not be said twice.
          if (o.text.length >= 25 && o.feedback.startsWith(o.text)) problems.push(`${q.id}: feedback repeats its option`);
          if (o.feedback.length < 40) problems.push(`${q.id}: feedback too short to explain: ${o.feedback}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('pt-br says "aula", never "lição"', () => {
    const found = all('pt-br')
      .filter((q) => /liç(ão|ões)/i.test(fullText(q)))
      .map((q) => q.id);
    expect(found).toEqual([]);
  });

  it('longestOption finds the longest text, first on a tie', () => {
    const opts = (...texts: string[]) => ({ options: texts.map((text) => ({ text, feedback: '' })) });
    expect(longestOption(opts('aa', 'bbbb', 'cc'))).toBe(1);
    expect(longestOption(opts('aaa', 'bbb'))).toBe(0);
  });
});

describe('models described as the course describes them', () => {
  it('stages: Early is one of several on trial, Mid is preferred, one of a few', () => {
    const en = fullText({ ...question('en', 'relationship-stages', 'diagnose-clinic') });
    expect(en).toMatch(/preferred supplier, one of a few/i);
    expect(fullText(question('en', 'relationship-stages', 'diagnose-new-hotel'))).toMatch(/one of several suppliers,? on trial/);
    expect(fullText(question('pt-br', 'relationship-stages', 'diagnose-clinic'))).toMatch(/fornecedor preferencial, um entre poucos/i);
    expect(fullText(question('pt-br', 'relationship-stages', 'diagnose-new-hotel'))).toMatch(/um entre vários fornecedores, em teste/);
  });

  it('Shell DPM axes, Porter value system, Pareto income and wealth with Juran', () => {
    const shell = question('en', 'account-plan', 'shell-dpm-axes');
    expect(shell.options[shell.answer]!.text).toMatch(/sector profitability across, the company's competitive capabilities up/);
    const shellPt = question('pt-br', 'account-plan', 'shell-dpm-axes');
    expect(shellPt.options[shellPt.answer]!.text).toMatch(
      /rentabilidade do setor na horizontal, capacidades competitivas da empresa na vertical/,
    );
    const porter = question('en', 'objectives-and-strategies', 'value-system-or-chain');
    expect(porter.options[porter.answer]!.text).toMatch(/value system is the chain of firms.*value chain is one firm's activities/);
    const pareto = question('en', 'finding-key-accounts', 'pareto-and-juran');
    expect(pareto.options[pareto.answer]!.text).toMatch(/income and wealth.*Juran/);
  });
});

// ---- Figures about the sample company ---------------------------------------------------------------
const sheets = Object.fromEntries(
  LANGS.map((l) => [l, caseSheetSchema.parse(JSON.parse(read(`content/case/${l}/horizonte.json`)))]),
) as Record<Lang, CaseSheet>;
const sheet = sheets.en;
const account = (id: string) => sheet.accounts.find((a) => a.id === id)!;

/** Every number the sheet holds (amounts, percentages, scores), and those its own arithmetic gives. */
function sheetFigures(): { money: number[]; pct: number[] } {
  const money: number[] = [];
  const pct: number[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'number') (/pct$/i.test(key) ? pct : money).push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(sheet, '');
  for (const a of sheet.accounts) {
    for (const revenue of Object.values(a.revenue)) {
      for (const margin of [a.grossMarginPct, a.marginAfterCostToServePct]) if (margin !== undefined) money.push((revenue * margin) / 100);
    }
  }
  money.push((sheet.campaign.newCustomerSales2025 * sheet.campaign.grossMarginPct) / 100);
  for (const s of sheet.segments) pct.push(Math.abs(Math.round((s.revenueIn3Years / s.revenue - 1) * 100)));
  return { money, pct };
}

const MULTIPLIER: Record<string, number> = { thousand: 1e3, mil: 1e3, million: 1e6, milhão: 1e6, milhões: 1e6 };
/** Amounts in reais written in a quiz text: "R$ 1,260 thousand", "R$ 1,87 milhão", "R$ 840.000". */
export function amountsIn(text: string, lang: Lang): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/R\$\s?(\d[\d.,]*\d|\d)(?:\s(thousand|million|mil|milhão|milhões)\b)?/gu)) {
    const raw = lang === 'en' ? m[1]!.replace(/,/g, '') : m[1]!.replace(/\./g, '').replace(',', '.');
    out.push(Number(raw) * (m[2] ? MULTIPLIER[m[2]]! : 1));
  }
  return out;
}
export function percentsIn(text: string): number[] {
  return [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?%/g)].map((m) => Number(m[1]!.replace(',', '.')));
}

describe('quizzes quote the case sheet', () => {
  it('reads amounts the way each language writes them', () => {
    expect(amountsIn('R$ 1,260 thousand and R$ 840,000 of R$ 1.87 million', 'en')).toEqual([1_260_000, 840_000, 1_870_000]);
    expect(amountsIn('R$ 1.260 mil, R$ 87,1 mil, R$ 2,1 milhões e R$ 1.575.000', 'pt-br')).toEqual([
      1_260_000, 87_100, 2_100_000, 1_575_000,
    ]);
    expect(percentsIn('de 3 % a 14,5 % e 20%')).toEqual([3, 14.5, 20]);
  });

  const names = [...sheet.accounts.map((a) => a.name), sheet.company.name.split(' ').at(-1)!, sheet.campaign.name];
  const { money, pct } = sheetFigures();
  // "About R$ 38 thousand" for 37,800: a rounded quote may be off by a little, never by a different figure.
  const isSheetAmount = (n: number) => money.some((m) => Math.abs(m - n) <= Math.max(1, m * 0.006));

  for (const lang of LANGS) {
    it(`${lang}: in questions about the sample company, the situation and the right answer use only the sheet's figures`, () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const q of all(lang)) {
        const right = q.options[q.answer]!;
        const text = [q.scenario ?? '', q.prompt, right.text, right.feedback].join(' ');
        if (!names.some((n) => text.includes(n))) continue;
        checked += 1;
        for (const n of amountsIn(text, lang)) if (!isSheetAmount(n)) wrong.push(`${q.id}: R$ ${n}`);
        for (const n of percentsIn(text)) if (!pct.includes(n)) wrong.push(`${q.id}: ${n} %`);
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(8);
    });
  }

  it('quotes the figures each sample-company question is about, built from the sheet', () => {
    const boa = account('rede-boa-compra');
    const sc = account('hospital-santa-clara');
    const plan = sheet.plan.goals[2]!;
    const c = sheet.campaign;
    const scores = sheet.matrix.scores['rede-boa-compra']!;
    const w = sheet.matrix.weights;
    const attractiveness = w.attractiveness.reduce((t, x, i) => t + x * scores[i]!, 0) / 100;
    const strength = w.strength.reduce((t, x, i) => t + x * scores[w.attractiveness.length + i]!, 0) / 100;
    const en = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
    const pt = (n: number, d = 0) => n.toLocaleString('pt-BR', { minimumFractionDigits: d, maximumFractionDigits: d });
    const expected: [Lang, string, string, string[]][] = [
      [
        'en',
        'why-adopt-kam',
        'margin-after-cost-to-serve',
        [
          `R$ ${en(boa.revenue['2025']! / 1000)} thousand`,
          `${boa.marginAfterCostToServePct}%`,
          `R$ ${en(sc.revenue['2025']! / 1000)} thousand`,
          `${sc.marginAfterCostToServePct}%`,
        ],
      ],
      [
        'pt-br',
        'why-adopt-kam',
        'margin-after-cost-to-serve',
        [
          `R$ ${pt(boa.revenue['2025']! / 1000)} mil`,
          `${boa.marginAfterCostToServePct}%`,
          `R$ ${pt(sc.revenue['2025']! / 1000)} mil`,
          `${sc.marginAfterCostToServePct}%`,
        ],
      ],
      [
        'en',
        'why-adopt-kam',
        'santa-clara-share',
        [`R$ ${en(sc.revenue['2025']!)}`, `R$ ${en(sc.customerSpend! / 1e6, 2)} million`, `${sc.sharePct}%`],
      ],
      [
        'pt-br',
        'why-adopt-kam',
        'santa-clara-share',
        [`R$ ${pt(sc.revenue['2025']! / 1000)} mil`, `R$ ${pt(sc.customerSpend! / 1e6, 2)} milhão`, `${sc.sharePct}%`],
      ],
      ['en', 'relationship-stages', 'santa-clara-stage', [`about ${sc.sharePct}% of ${sc.name}'s spending`]],
      ['pt-br', 'relationship-stages', 'santa-clara-stage', [`cerca de ${sc.sharePct}%`]],
      [
        'en',
        'account-plan',
        'santa-clara-2028',
        [`R$ ${en(plan.customerSpend / 1e6, 1)} million`, `${plan.sharePct}%`, `R$ ${en(plan.revenue)}`, String(plan.year)],
      ],
      [
        'pt-br',
        'account-plan',
        'santa-clara-2028',
        [`R$ ${pt(plan.customerSpend / 1e6, 1)} milhões`, `${plan.sharePct}%`, `R$ ${pt(plan.revenue)}`, String(plan.year)],
      ],
      [
        'en',
        'client-database',
        'cozinha-limpa-payback',
        [
          c.name,
          `R$ ${en(c.cost)}`,
          `R$ ${en(c.newCustomerSales2025)}`,
          `${c.grossMarginPct}%`,
          `R$ ${en((c.newCustomerSales2025 * c.grossMarginPct) / 100)}`,
        ],
      ],
      [
        'pt-br',
        'client-database',
        'cozinha-limpa-payback',
        [
          c.name,
          `R$ ${pt(c.cost / 1000)} mil`,
          `R$ ${pt(c.newCustomerSales2025 / 1000, 1)} mil`,
          `${c.grossMarginPct}%`,
          `R$ ${pt((c.newCustomerSales2025 * c.grossMarginPct) / 100 / 1000, 2)} mil`,
        ],
      ],
      [
        'en',
        'classifying-clients',
        'reweighting-boa-compra',
        [
          scores
            .slice(0, 4)
            .join(', ')
            .replace(/, (\d+)$/, ', prestige $1')
            .replace(/^(\d+), (\d+), (\d+)/, 'purchase potential $1, growth $2, profitability $3'),
          en(attractiveness, 2),
          en(strength, 2),
        ],
      ],
      [
        'pt-br',
        'classifying-clients',
        'reweighting-boa-compra',
        [
          `potencial de compra ${scores[0]}, crescimento ${scores[1]}, rentabilidade ${scores[2]}, prestígio ${scores[3]}`,
          pt(attractiveness, 2),
          pt(strength, 2),
        ],
      ],
      ...LANGS.map((lang): [Lang, string, string, string[]] => [
        lang,
        'account-plan',
        'segment-direction',
        sheet.segments
          .filter((s) => ['hospitals', 'restaurants', 'schools'].includes(s.id))
          .flatMap((s) =>
            [s.revenue, s.revenueIn3Years].map((n) => (lang === 'en' ? `R$ ${en(n / 1e6, 1)} million` : `R$ ${pt(n / 1e6, 1)} milh`)),
          ),
      ]),
    ];
    const missing: string[] = [];
    for (const [lang, lesson, id, quotes] of expected) {
      const text = fullText(question(lang, lesson, id));
      for (const quote of quotes) if (!text.includes(quote)) missing.push(`${lang}/${lesson}/${id}: ${quote}`);
    }
    expect(missing).toEqual([]);
    // The two languages describe the same company.
    expect(sheets['pt-br'].plan).toEqual(sheet.plan);
  });
});
