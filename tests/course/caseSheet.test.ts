/**
 * The case sheet (content/case/{en,pt-br}/horizonte.json) is the one source of the sample company.
 * This test checks it four ways:
 * 1. the sheet itself: valid, the same numbers in both languages, its own arithmetic;
 * 2. the sheet against the sample data (public/samples, loaded as the tools load it, over 2025 with
 *    2024 beside it) and against the tools' sample loaders;
 * 3. the course against the sheet: every figure, date and name the lessons, quizzes and workshop
 *    case quote is built here FROM the sheet and must appear in the file, in both languages; the
 *    old contradictory wordings must not come back; and no account manager is put on an account
 *    the sheet gives to someone else.
 * 4. classes of fact a fresh reader checks, in every lesson, quiz and workshop text: the stage an
 *    account is put at, a margin's label (gross or after cost to serve), the same percents and years
 *    in both languages.
 * When the story changes, change the sheet: the expected texts below follow it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSheetSchema, caseSkeleton, type CaseSheet } from '../../src/course/caseSheet.ts';
import {
  DEFAULT_ACCOUNTS_PER_MANAGER,
  compareWithCap,
  isLadderStage,
  ladderIndex,
  quadrantOf,
  readAccountTeam,
  readKraljic,
  readSplit,
  resonatingFocus,
  revenueForPeriod,
  teamWorkload,
  worksheet,
} from '../../src/domain/index.ts';
import type { BuyingRole, KraljicAnswers, LadderStage } from '../../src/domain/index.ts';
import { SAMPLE_ACCOUNTS_PER_MANAGER, sampleTeamsFor } from '../../src/samples/accountTeamSample.ts';
import { sampleKraljicFor } from '../../src/samples/kraljicSample.ts';
import { runImport } from '../../src/import/importRun.ts';
import { SAMPLE_PERIOD } from '../../src/samples/sampleCompany.ts';
import { LESSON_ACCOUNT, SAMPLE_COMPANY_KEY_ACCOUNTS } from '../../src/samples/sampleAccounts.ts';
import { LESSON_SCORES } from '../../src/samples/matrixSample.ts';
import { CASE_PLAN_GOALS, CASE_PLAN_HISTORY } from '../../src/samples/accountPlanSample.ts';
import { nameKey } from '../../src/samples/matrixSampleKeys.ts';
import { sampleSegments } from '../../src/samples/dpmSample.ts';
import { LATER as DPM_LATER } from '../../src/widgets/dpm/laterStrings.ts';
import { SAMPLE_TICKS_BY_ACCOUNT } from '../../src/samples/uncouplingSample.ts';
import questionsEn, { type QuestionTexts } from '../../src/i18n/domain-texts/questions.en.ts';
import questionsPt from '../../src/i18n/domain-texts/questions.pt-br.ts';
import stagesEn from '../../src/i18n/domain-texts/stages.en.ts';
import stagesPt from '../../src/i18n/domain-texts/stages.pt-br.ts';
import { CAMPAIGN, SEGMENT_NAMES } from '../fixtures/samples/generate.ts';
import { formatPercent } from '../../src/i18n/format.ts';

type Lang = 'en' | 'pt-br';
const LANGS: Lang[] = ['en', 'pt-br'];
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const rawSheet = (lang: Lang): unknown => JSON.parse(read(`content/case/${lang}/horizonte.json`));
const sheets = Object.fromEntries(LANGS.map((l) => [l, caseSheetSchema.parse(rawSheet(l))])) as Record<Lang, CaseSheet>;
const sheet = sheets.en;

const account = (id: string) => {
  const a = sheet.accounts.find((x) => x.id === id);
  if (!a) throw new Error(`no account ${id} in the case sheet`);
  return a;
};
const staff = (id: string) => sheet.staff.find((s) => s.id === id)!;
const event = (id: string) => sheet.timeline.find((e) => e.id === id)!;
const figure = (accountId: string, name: string): number => {
  const v = account(accountId).figures[name];
  if (v === undefined) throw new Error(`no figure ${name} for ${accountId}`);
  return v;
};

// ---- How each language writes the sheet's numbers and dates ----------------------------------
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  'pt-br': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
} as const;
const num = (lang: Lang, n: number, digits = 0): string =>
  new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'pt-BR', {
    minimumFractionDigits: digits,
    maximumFractionDigits: Math.max(digits, 3),
  }).format(n);
/** "R$ 840,000" / "R$ 840.000". */
const reais = (lang: Lang, n: number): string => `R$ ${num(lang, n)}`;
/** The pt-BR lessons write thousands as "R$ 840 mil", "R$ 21,8 mil". */
const mil = (n: number): string => `R$ ${num('pt-br', n / 1000)} mil`;
/** "R$ 1.87 million" / "R$ 1,87 milhão" ("milhões" from 2). */
const million = (lang: Lang, n: number, digits: number): string => {
  const m = n / 1_000_000;
  const text = num(lang, Number(m.toFixed(digits)), digits);
  return lang === 'en' ? `R$ ${text} million` : `R$ ${text} ${m < 2 ? 'milhão' : 'milhões'}`;
};
/** The lessons' amount style: "R$ 840,000" in English, "R$ 840 mil" in Portuguese. */
const money = (lang: Lang, n: number): string => (lang === 'en' ? reais('en', n) : mil(n));
/** Percents as the site writes them: the one formatter, src/i18n/format.ts ("45%", "2,5%"). */
const pct = (lang: Lang, n: number): string => formatPercent(lang, n / 100, Number.isInteger(n) ? 0 : 1);
/** "March 2025" / "março de 2025" from "2025-03". */
const monthYear = (lang: Lang, date: string): string => {
  const [y, m] = date.split('-');
  const month = MONTHS[lang][Number(m) - 1]!;
  return lang === 'en' ? `${month} ${y}` : `${month} de ${y}`;
};
const STAGE_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    pre: 'Pre-KAM',
    early: 'Early-KAM',
    mid: 'Mid-KAM',
    partnership: 'Partnership-KAM',
    synergistic: 'Synergistic-KAM',
    uncoupling: 'Uncoupling-KAM',
  },
  'pt-br': {
    pre: 'Pré-KAM',
    early: 'Early-KAM',
    mid: 'Mid-KAM',
    partnership: 'Parceria-KAM',
    synergistic: 'Synergistic-KAM',
    uncoupling: 'Uncoupling-KAM',
  },
};
const stageName = (lang: Lang, id: string): string => STAGE_NAMES[lang][id]!;
const and = (lang: Lang) => (lang === 'en' ? 'and' : 'e');

// ---- 1. The sheet itself -----------------------------------------------------------------------
describe('case sheet', () => {
  it('is valid in both languages and holds the same ids, dates, names and numbers in both', () => {
    for (const lang of LANGS) expect(caseSheetSchema.safeParse(rawSheet(lang)).success).toBe(true);
    expect(caseSkeleton(rawSheet('pt-br'))).toEqual(caseSkeleton(rawSheet('en')));
  });

  it('gives every key account exactly one account manager, who is on the staff', () => {
    const keyAccounts = sheet.accounts.filter((a) => a.status === 'key-account');
    for (const a of keyAccounts) {
      const managers = sheet.staff.filter((s) => s.accounts.includes(a.id));
      expect(
        managers.map((s) => s.id),
        a.id,
      ).toEqual([a.manager]);
      expect(staff(a.manager!).role, a.id).toBe('key-account-manager');
    }
    // Six chosen in January 2025 (lesson 4): today's five plus the one that left in December.
    expect(sheet.accounts.filter((a) => a.status === 'key-account' || a.status === 'former-key-account')).toHaveLength(6);
  });

  it('keeps the timeline in order, with nobody managing an account before they joined or before KAM started', () => {
    const dates = sheet.timeline.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(event('kam-starts').date).toBe(sheet.company.kamStarted);
    for (const s of sheet.staff.filter((x) => x.role === 'key-account-manager')) {
      const since = s.accountManagerSince ?? s.joined;
      expect(since >= sheet.company.kamStarted, s.id).toBe(true);
    }
    // The hotel was lost before KAM and before the sample file starts (January 2024).
    expect(event('valinhos-lost').date < '2024').toBe(true);
  });

  it('agrees with its own arithmetic: shares, the plan’s goals, the deliveries, the margins', () => {
    for (const a of sheet.accounts.filter((x) => x.customerSpend !== undefined)) {
      expect(Math.abs((a.revenue['2025']! / a.customerSpend!) * 100 - a.sharePct!), a.id).toBeLessThan(1);
      expect(a.marginAfterCostToServePct!, a.id).toBeLessThan(a.grossMarginPct!);
    }
    // The plan's share targets come with a spend that never falls, and revenue = spend × share.
    const plan = sheet.plan.goals;
    const santaClara = account(sheet.plan.account);
    expect(plan[0]!.customerSpend).toBeGreaterThanOrEqual(santaClara.customerSpend!);
    plan.forEach((g, i) => {
      expect(g.revenue).toBeCloseTo((g.customerSpend * g.sharePct) / 100, 2);
      if (i > 0) {
        expect(g.customerSpend).toBeGreaterThanOrEqual(plan[i - 1]!.customerSpend);
        expect(g.sharePct).toBeGreaterThan(plan[i - 1]!.sharePct);
      }
    });
    // Sabor: one consolidated run reaches every kitchen; fewer trips than before.
    expect(figure('grupo-sabor-cia', 'deliveries-per-week-after')).toBe(
      figure('grupo-sabor-cia', 'kitchens') * figure('grupo-sabor-cia', 'routes-per-week'),
    );
    expect(figure('grupo-sabor-cia', 'deliveries-per-week-after')).toBeLessThan(figure('grupo-sabor-cia', 'deliveries-per-week-before'));
    const marginGain =
      account('grupo-sabor-cia').marginAfterCostToServePct! - figure('grupo-sabor-cia', 'margin-after-cost-to-serve-2024-pct');
    expect((marginGain / 100) * account('grupo-sabor-cia').revenue['2025']!).toBe(figure('grupo-sabor-cia', 'extra-profit-per-year'));
  });

  it('judges the campaign on margin: a loss in its window, paid back by the repeat customers', () => {
    const c = sheet.campaign;
    const extraSales = CAMPAIGN.during.fromNew - CAMPAIGN.before.fromNew;
    expect((extraSales * c.grossMarginPct) / 100).toBeLessThan(c.cost);
    expect((c.newCustomerSales2025 * c.grossMarginPct) / 100).toBeGreaterThan(c.cost);
    expect(c.newCustomers).toHaveLength(CAMPAIGN.during.newCustomers);
    expect(c.orderedAgain.every((n) => c.newCustomers.includes(n))).toBe(true);
  });

  it('scores the 3 %-margin chain low on profitability', () => {
    const profitability = sheet.matrix.scores['rede-boa-compra']![2]!;
    expect(account('rede-boa-compra').marginAfterCostToServePct).toBeLessThanOrEqual(5);
    expect(profitability).toBeLessThanOrEqual(3);
  });

  it('adds up its value propositions with the domain: value created, premium, net, share asked, TCO', () => {
    expect(sheet.valuePropositions.length).toBeGreaterThan(0);
    for (const p of sheet.valuePropositions) {
      const s = worksheet(p.lines.map((l) => ({ ...l, csf: l.csf ?? '' })));
      expect(s.valueCreated, p.account).toBe(p.valueCreated);
      expect(s.premium, p.account).toBe(p.premium);
      expect(s.netToCustomer, p.account).toBe(p.netToCustomer);
      expect(s.shareAsked! * 100, p.account).toBeCloseTo(p.shareAskedPct, 9);
      expect(s.tco.alternative - s.tco.ours, p.account).toBe(p.netToCustomer);
      // The price line is what the account paid Horizonte last year; the rival's bid is the premium lower.
      const price = p.lines.filter((l) => l.category === 'price');
      expect(price).toHaveLength(1);
      expect(price[0]!.ours, p.account).toBe(account(p.account).revenue[String(p.year - 1)]);
      expect(s.premium, p.account).toBe((price[0]!.ours * p.alternativeDiscountPct) / 100);
      // A proposition worth making: the customer keeps value, and the focus is one to three factors.
      expect(readSplit(s), p.account).toBe('balanced');
      const focus = resonatingFocus(p.csfs);
      expect(focus.length, p.account).toBeGreaterThanOrEqual(1);
      expect(focus.length, p.account).toBeLessThanOrEqual(3);
    }
  });
});

// ---- 2. The sheet against the sample data and the tools' samples --------------------------------
describe('case sheet against the sample company and the tools', () => {
  const imported = runImport({
    input: new Uint8Array(readFileSync(new URL('public/samples/distributor-en.csv', root))),
    options: {},
    extras: {},
  });
  if (!imported.ok) throw new Error(imported.error.code);
  const view = revenueForPeriod(imported.clients, imported.monthlySales, SAMPLE_PERIOD);
  const sample = imported.clients.map((c, i) => ({
    name: c.name,
    segment: c.segment,
    y2025: view.clients[i]!.revenue,
    y2024: view.clients[i]!.previousRevenue ?? 0,
  }));
  const byName = new Map(sample.map((c) => [c.name, c]));

  it('opens the sample on 2025, the sheet’s "last year"', () => {
    expect(SAMPLE_PERIOD).toEqual({ kind: 'year', year: Number(sheet.company.present.slice(0, 4)) - 1 });
  });

  it('has the company’s client count and revenue per year', () => {
    expect(sample).toHaveLength(sheet.company.clients);
    expect(sample.reduce((t, c) => t + c.y2025, 0)).toBeCloseTo(sheet.company.revenue['2025']!, 2);
    expect(sample.reduce((t, c) => t + c.y2024, 0)).toBeCloseTo(sheet.company.revenue['2024']!, 2);
  });

  it('has each account’s revenue for 2024 and 2025, and no sales for the prospect and the lost hotel', () => {
    for (const a of sheet.accounts) {
      const c = byName.get(a.name);
      if (a.status === 'prospect' || a.status === 'lost') {
        expect(c, a.name).toBeUndefined();
        continue;
      }
      expect(c, a.name).toBeDefined();
      expect(c!.segment, a.name).toBe(SEGMENT_NAMES[a.segment].en);
      expect(c!.y2025, a.name).toBeCloseTo(a.revenue['2025'] ?? 0, 2);
      expect(c!.y2024, a.name).toBeCloseTo(a.revenue['2024'] ?? 0, 2);
    }
  });

  it('has the segments’ revenue, and the campaign customers’ 2025 purchases', () => {
    for (const s of sheet.segments) {
      const total = sample.filter((c) => c.segment === SEGMENT_NAMES[s.id].en).reduce((t, c) => t + c.y2025, 0);
      expect(total, s.id).toBeCloseTo(s.revenue, 2);
    }
    const bought = sheet.campaign.newCustomers.map((n) => byName.get(n));
    expect(bought.every((c) => c !== undefined && c.y2024 === 0)).toBe(true);
    expect(bought.reduce((t, c) => t + c!.y2025, 0)).toBeCloseTo(sheet.campaign.newCustomerSales2025, 2);
  });

  it('gives the tools the sheet’s key accounts, matrix scores and segments', () => {
    const chosen = sheet.accounts.filter((a) => a.status === 'key-account' || a.status === 'former-key-account').map((a) => a.name);
    // Lesson 4's six, in the sheet's order (the samples read them from the sheet).
    expect(SAMPLE_COMPANY_KEY_ACCOUNTS).toEqual([
      'Rede Boa Compra',
      'Hospital Santa Clara',
      'Grupo Sabor & Cia',
      'Hotel Parque das Águas',
      'Hospital Infantil Bem-Estar',
      'Cantina Nonna Rosa',
    ]);
    for (const name of Object.values(LESSON_ACCOUNT)) expect(chosen).toContain(name);
    expect(Object.keys(SAMPLE_TICKS_BY_ACCOUNT).sort()).toEqual([...chosen].sort());
    for (const [id, scores] of Object.entries(sheet.matrix.scores)) {
      expect(LESSON_SCORES[nameKey(account(id).name)], id).toEqual(scores);
    }
    for (const lang of ['en', 'pt-br'] as const) {
      const segments = sampleSegments(DPM_LATER[lang]);
      for (const s of sheet.segments) {
        const tool = segments.find((x) => x.id === `sample-${s.id}`)!;
        expect([tool.revenueNow, tool.revenueIn3Years], s.id).toEqual([s.revenue, s.revenueIn3Years]);
      }
    }
  });

  it('gives each of the six accounts a buyer’s view that fits its stage, and the lesson’s readings', () => {
    const readings = new Map(sheet.kraljic.map((r) => [r.account, readKraljic(r.answers as KraljicAnswers)]));
    const six = sheet.accounts.filter((a) => a.status === 'key-account' || a.status === 'former-key-account');
    expect([...readings.keys()].sort()).toEqual(six.map((a) => a.id).sort());
    for (const a of six) {
      const r = readings.get(a.id)!;
      expect(r.complete).toBe(true);
      // A relationship the sheet puts on the ladder stands at or below what its buyer's view allows.
      if (isLadderStage(a.stage)) expect(ladderIndex(a.stage)).toBeLessThanOrEqual(ladderIndex(r.cap!));
    }
    const quadrants = Object.fromEntries([...readings].map(([id, r]) => [id, r.quadrant]));
    expect(quadrants).toEqual({
      'rede-boa-compra': 'leverage',
      'hospital-santa-clara': 'leverage',
      'grupo-sabor-cia': 'strategic',
      'hotel-parque-das-aguas': 'non-critical',
      'hospital-infantil-bem-estar': 'bottleneck',
      'cantina-nonna-rosa': 'leverage',
    });
    // Lesson 15's worked example: Santa Clara's target (Partnership) is above its buyer's cap (Mid).
    const sc = account('hospital-santa-clara');
    expect(compareWithCap(readings.get(sc.id)!.cap!, sc.stage, (sc.targetStage ?? null) as LadderStage | null)).toBe('target-above-cap');
    expect(readings.get(sc.id)!.profitImpact).toBeCloseTo(11 / 3);
    expect(readings.get(sc.id)!.supplyRisk).toBeCloseTo(8 / 3);
    // The tool's sample is the sheet's readings.
    const loaded = sampleKraljicFor(six.map((a) => ({ key: a.id, name: a.name })));
    expect(loaded.map((l) => [l.key, l.answers])).toEqual(sheet.kraljic.map((r) => [r.account, r.answers]));
  });

  it('describes the stages in the tool as the lessons do: Early one of several, on trial; Mid preferred, one of a few', () => {
    const status = (q: QuestionTexts) => q.questions['supplier-status']!.options;
    expect(status(questionsEn).early).toMatch(/one of several suppliers, on trial/);
    expect(status(questionsEn).mid).toMatch(/preferred supplier, one of a few/);
    expect(status(questionsPt).early).toMatch(/um entre vários fornecedores, em teste/);
    expect(status(questionsPt).mid).toMatch(/preferencial, um entre poucos/);
    expect(stagesEn.stages.mid.description).toMatch(/preferred supplier, one of a few/);
    expect(stagesPt.stages.mid.description).toMatch(/preferencial, um entre poucos/);
  });
});

// ---- 3. The course against the sheet -------------------------------------------------------------
const lesson = (lang: Lang, file: string) => `content/lessons/${lang}/${file}.mdx`;
const quiz = (lang: Lang, id: string) => `content/quizzes/${lang}/${id}.json`;
const workshopCase = (lang: Lang) => `content/workshop/${lang}/case.mdx`;

/** Per file: the texts, built from the sheet, that must appear in it. */
function quotes(lang: Lang): [string, string[]][] {
  const en = lang === 'en';
  const boa = account('rede-boa-compra');
  const sc = account('hospital-santa-clara');
  const sabor = account('grupo-sabor-cia');
  const parque = account('hotel-parque-das-aguas');
  const bem = account('hospital-infantil-bem-estar');
  const nonna = account('cantina-nonna-rosa');
  const plan = sheet.plan.goals;
  const c = sheet.campaign;
  const thousands = (n: number) => num(lang, n / 1000);
  const marginRow = (a: typeof boa) =>
    `| ${a.name} | ${thousands(a.revenue['2025']!)} | ${pct(lang, a.grossMarginPct!)} | ${pct(lang, a.marginAfterCostToServePct!)} |`;
  const stageLine = (a: ReturnType<typeof account>) =>
    en ? `**${a.name}: ${stageName(lang, a.stage)}.**` : `**${a.name} — ${stageName(lang, a.stage)}.**`;
  const valinhos = event('valinhos-lost').date;
  const extraSales = CAMPAIGN.during.fromNew - CAMPAIGN.before.fromNew;
  const matrixRow = (id: string) => {
    const scores = sheet.matrix.scores[id]!;
    const w = sheet.matrix.weights;
    const a = w.attractiveness.reduce((t, x, i) => t + x * scores[i]!, 0) / 100;
    const s = w.strength.reduce((t, x, i) => t + x * scores[w.attractiveness.length + i]!, 0) / 100;
    const quadrant = {
      strategic: en ? 'Strategic' : 'Estratégico',
      star: en ? 'Star' : 'Estrela',
      status: 'Status',
      streamline: 'Streamline',
    }[quadrantOf(a, s)];
    return `| ${account(id).name} | ${num(lang, a, 2)} | ${num(lang, s, 2)} | ${quadrant} |`;
  };
  return [
    [
      lesson(lang, '01-what-is-kam'),
      [en ? 'Until the end of 2024' : 'Até o fim de 2024', monthYear(lang, sheet.company.kamStarted), staff(sc.manager!).name!],
    ],
    [
      lesson(lang, '02-finding-key-accounts'),
      [
        `| ${boa.name} (${figure('rede-boa-compra', 'supermarkets')} ${en ? 'supermarkets' : 'supermercados'}) | ${thousands(boa.revenue['2025']!)} |`,
        `| ${sc.name} | ${thousands(sc.revenue['2025']!)} |`,
        en
          ? `Horizonte keeps ${pct(lang, boa.marginAfterCostToServePct!)} of its sales`
          : `a Horizonte fica com ${pct(lang, boa.marginAfterCostToServePct!)} das vendas`,
        en
          ? `${pct(lang, sc.marginAfterCostToServePct!)} after cost to serve`
          : `${pct(lang, sc.marginAfterCostToServePct!)} depois do custo de servir`,
      ],
    ],
    [
      lesson(lang, '04-objectives-and-strategies'),
      [
        en
          ? `up to ${figure('grupo-sabor-cia', 'deliveries-per-week-before')} deliveries a week`
          : `até ${figure('grupo-sabor-cia', 'deliveries-per-week-before')} entregas por semana`,
        en
          ? `${figure('grupo-sabor-cia', 'deliveries-per-week-after')} deliveries on ${figure('grupo-sabor-cia', 'routes-per-week')} routes`
          : `${figure('grupo-sabor-cia', 'deliveries-per-week-after')} entregas em ${figure('grupo-sabor-cia', 'routes-per-week')} rotas`,
        en
          ? `from ${pct(lang, figure('grupo-sabor-cia', 'waste-before-pct'))} to ${pct(lang, figure('grupo-sabor-cia', 'waste-after-pct'))} of food cost, about ${money(lang, figure('grupo-sabor-cia', 'waste-saving-per-year'))} a year`
          : `de ${pct(lang, figure('grupo-sabor-cia', 'waste-before-pct'))} para ${pct(lang, figure('grupo-sabor-cia', 'waste-after-pct'))} do custo dos alimentos, cerca de ${money(lang, figure('grupo-sabor-cia', 'waste-saving-per-year'))} por ano`,
        en ? `(since ${monthYear(lang, sheet.company.kamStarted)})` : `(desde ${monthYear(lang, sheet.company.kamStarted)})`,
        en ? 'value system' : 'sistema de valor',
      ],
    ],
    [
      lesson(lang, '05-why-adopt-kam'),
      [
        marginRow(boa),
        marginRow(sc),
        marginRow(sabor),
        en
          ? `from ${pct(lang, figure('grupo-sabor-cia', 'margin-after-cost-to-serve-2024-pct'))} in 2024 to ${pct(lang, sabor.marginAfterCostToServePct!)}, roughly ${money(lang, figure('grupo-sabor-cia', 'extra-profit-per-year'))}`
          : `de ${pct(lang, figure('grupo-sabor-cia', 'margin-after-cost-to-serve-2024-pct'))} em 2024 para ${pct(lang, sabor.marginAfterCostToServePct!)} — uns ${money(lang, figure('grupo-sabor-cia', 'extra-profit-per-year'))}`,
        en ? `In ${valinhos}, before KAM` : `Em ${valinhos}, antes do KAM`,
        million(lang, sc.customerSpend!, 2),
        en
          ? `${money(lang, sc.revenue['2025']!)} of it, about a ${pct(lang, sc.sharePct!)} share`
          : `${money(lang, sc.revenue['2025']!)}, cerca de ${pct(lang, sc.sharePct!)}`,
        en ? `aims for ${pct(lang, plan[2]!.sharePct)} in three years` : `mira ${pct(lang, plan[2]!.sharePct)} em três anos`,
        million(lang, plan[2]!.customerSpend, 1),
      ],
    ],
    [
      lesson(lang, '06-relationship-stages'),
      [
        stageLine(account('hospital-regional-de-sumare')),
        stageLine(boa),
        stageLine(sc),
        stageLine(sabor),
        stageLine(account('hotel-jardim-valinhos')),
        en ? `Target: ${stageName(lang, sc.targetStage!)} in three years.` : `Meta: ${stageName(lang, sc.targetStage!)} em três anos.`,
        en ? `about ${pct(lang, sc.sharePct!)} of the hospital's spending` : `cerca de ${pct(lang, sc.sharePct!)} das compras do hospital`,
        en ? `Lost in ${valinhos}, before KAM.` : `Perdido em ${valinhos}, antes do KAM.`,
        ...['Exploratory', 'Basic', 'Cooperative', 'Interdependent', 'Integrated', 'Disintegrating'],
      ],
    ],
    [
      lesson(lang, '07-causes-of-uncoupling'),
      [
        en ? `From ${bem.clientSince}` : `Desde ${bem.clientSince}`,
        staff(bem.manager!).name!,
        en
          ? `In ${monthYear(lang, event('paulo-retires').date)} Paulo retired`
          : `Em ${monthYear(lang, event('paulo-retires').date)}, Paulo se aposentou`,
        en ? `a client since ${nonna.clientSince}` : `cliente desde ${nonna.clientSince}`,
        en
          ? `in ${monthYear(lang, event('nonna-rosa-leaves').date)} the account left the KAM list`
          : `em ${monthYear(lang, event('nonna-rosa-leaves').date)} o cliente saiu da lista de KAM`,
        en
          ? `${figure('cantina-nonna-rosa', 'payment-terms-asked-days')}-day terms`
          : `prazo de ${figure('cantina-nonna-rosa', 'payment-terms-asked-days')} dias`,
      ],
    ],
    [
      lesson(lang, '08-account-plan'),
      [
        en
          ? `Revenue ${['2023', '2024', '2025'].map((y) => money(lang, sc.revenue[y]!)).join(', ')} in 2023, 2024 and 2025`
          : `Faturamento de ${money(lang, sc.revenue['2023']!)}, ${money(lang, sc.revenue['2024']!)} e ${money(lang, sc.revenue['2025']!)} em 2023, 2024 e 2025`,
        en
          ? `gross margin rose from ${pct(lang, figure('hospital-santa-clara', 'gross-margin-2023-pct'))} to ${pct(lang, sc.grossMarginPct!)}; margin after cost to serve ${pct(lang, sc.marginAfterCostToServePct!)}`
          : `a margem bruta subiu de ${pct(lang, figure('hospital-santa-clara', 'gross-margin-2023-pct'))} para ${pct(lang, sc.grossMarginPct!)}; margem depois do custo de servir de ${pct(lang, sc.marginAfterCostToServePct!)}`,
        `${pct(lang, sc.sharePct!)} ${en ? 'to' : 'para'} ${plan
          .map((g) => pct(lang, g.sharePct))
          .slice(0, 2)
          .join(', ')} ${and(lang)} ${pct(lang, plan[2]!.sharePct)}`,
        en
          ? `revenue ${plan.map((g) => reais('en', g.revenue)).join(', ')}`
          : `faturamento de ${million(lang, plan[0]!.revenue, 3)}, ${million(lang, plan[1]!.revenue, 1)} e ${million(lang, plan[2]!.revenue, 3)}`,
        en
          ? `R$ ${plan
              .map((g) => num(lang, g.customerSpend / 1e6, 1))
              .slice(0, 2)
              .join(', ')} and ${million(lang, plan[2]!.customerSpend, 1).slice(3)}`
          : `R$ ${plan
              .map((g) => num(lang, g.customerSpend / 1e6, 1))
              .slice(0, 2)
              .join(', ')} e ${million(lang, plan[2]!.customerSpend, 1).slice(3)}`,
        en
          ? `gross margin at least ${pct(lang, sheet.plan.minGrossMarginPct)}`
          : `margem bruta mínima de ${pct(lang, sheet.plan.minGrossMarginPct)}`,
        en ? `${figure('hospital-santa-clara', 'beds')} beds` : `${figure('hospital-santa-clara', 'beds')} leitos`,
        en ? '15 March 2026' : '15 de março de 2026',
        en ? `The clinic opens in ${event('clinic-opens').date}` : `O ambulatório abre em ${event('clinic-opens').date}`,
        staff(sc.manager!).name!,
        // The directional policy matrix is taught with planning, after the accounts are chosen.
        ...sheet.segments.map((s) =>
          en
            ? `(${million(lang, s.revenue, 1)}, to ${million(lang, s.revenueIn3Years, 1)})`
            : `(de ${million(lang, s.revenue, 1)} para ${million(lang, s.revenueIn3Years, 1)})`,
        ),
        en ? 'Robinson, Hichens and Wade, 1978' : 'Robinson, Hichens e Wade, 1978',
      ],
    ],
    [
      lesson(lang, '09-client-database'),
      [
        money(lang, c.cost),
        pct(lang, c.grossMarginPct),
        money(lang, extraSales),
        money(lang, (extraSales * c.grossMarginPct) / 100),
        money(lang, c.newCustomerSales2025),
        money(lang, (c.newCustomerSales2025 * c.grossMarginPct) / 100),
      ],
    ],
    [lesson(lang, '03-classifying-clients'), [...Object.keys(sheet.matrix.scores).map(matrixRow)]],
    [
      lesson(lang, '12-value-proposition'),
      (() => {
        const vp = sheet.valuePropositions.find((p) => p.account === sc.id)!;
        const s = worksheet(vp.lines.map((l) => ({ ...l, csf: l.csf ?? '' })));
        return [
          sc.name,
          money(lang, sc.revenue['2025']!),
          pct(lang, vp.alternativeDiscountPct),
          pct(lang, vp.shareAskedPct),
          ...vp.lines
            .flatMap((l) => [l.ours, l.alternative])
            .filter((n) => n > 0)
            .map((n) => money(lang, n)),
          ...[vp.valueCreated, vp.premium, vp.netToCustomer, s.tco.ours, s.tco.alternative].map((n) => money(lang, n)),
        ];
      })(),
    ],
    [
      quiz(lang, 'value-proposition'),
      (() => {
        const vp = sheet.valuePropositions.find((p) => p.account === sc.id)!;
        return [vp.valueCreated, vp.premium, vp.netToCustomer, sc.revenue['2025']!].map((n) => money(lang, n));
      })(),
    ],
    [
      workshopCase(lang),
      [
        ...[boa, sc, sabor, parque].map((a) => `### ${a.name} · ${reais(lang, a.revenue['2025']!)}`),
        en ? `about ${pct(lang, sc.sharePct!)} of the hospital's spending` : `cerca de ${pct(lang, sc.sharePct!)} dos gastos do hospital`,
        en
          ? `gross margin ${pct(lang, sc.grossMarginPct!)}, ${pct(lang, sc.marginAfterCostToServePct!)} after cost to serve`
          : `margem bruta de ${pct(lang, sc.grossMarginPct!)}, ${pct(lang, sc.marginAfterCostToServePct!)} depois do custo de servir`,
        en
          ? `keeps ${pct(lang, boa.marginAfterCostToServePct!)} of the chain's purchases (gross margin ${pct(lang, boa.grossMarginPct!)})`
          : `fica com ${pct(lang, boa.marginAfterCostToServePct!)} das compras da rede (margem bruta de ${pct(lang, boa.grossMarginPct!)})`,
        en ? `Since ${parque.clientSince}` : `Desde ${parque.clientSince}`,
        en ? `${figure('hotel-parque-das-aguas', 'rooms')}-room` : `${figure('hotel-parque-das-aguas', 'rooms')} quartos`,
        ...[boa, sc, sabor, parque].map((a) => staff(a.manager!).name!),
        en ? 'Until the end of 2024' : 'Até o fim de 2024',
      ],
    ],
    [
      quiz(lang, 'why-adopt-kam'),
      [
        en
          ? `${boa.name} (R$ ${thousands(boa.revenue['2025']!)} thousand of revenue) earns a ${pct(lang, boa.marginAfterCostToServePct!)} margin after cost to serve`
          : `${boa.name} (R$ ${thousands(boa.revenue['2025']!)} mil de faturamento) tem margem de ${pct(lang, boa.marginAfterCostToServePct!)} depois do custo de servir`,
        en
          ? `(R$ ${thousands(sc.revenue['2025']!)} thousand) earns ${pct(lang, sc.marginAfterCostToServePct!)}`
          : `(R$ ${thousands(sc.revenue['2025']!)} mil) tem ${pct(lang, sc.marginAfterCostToServePct!)}`,
        million(lang, sc.customerSpend!, 2),
      ],
    ],
    [
      quiz(lang, 'relationship-stages'),
      [
        en ? `about ${pct(lang, sc.sharePct!)} of ${sc.name}'s spending` : `cerca de ${pct(lang, sc.sharePct!)}`,
        stageName(lang, sc.targetStage!),
      ],
    ],
  ];
}

/** Wordings that contradicted the sheet and must not come back. */
const RETIRED: [RegExp, string][] = [
  [/\b24 (to|para) 12\b/, 'deliveries were 40 a week before and 24 on 3 routes after (8 kitchens × 3)'],
  [/key account since 2019|cliente-chave desde 2019/, 'no client was a key account before January 2025'],
  [/account manager, Carla|Carla, gerente de contas da Horizonte, e/, 'Carla became an account manager in January 2025'],
  [
    /Three years ago, before KAM|Há três anos, antes do KAM|year before KAM|ano anterior ao KAM/,
    'the hotel was lost in 2023: say the year',
  ],
  [/R\$ 950,000|R\$ 950 mil|1,080,000|1,08 milhão/, 'Santa Clara’s goals follow the sheet’s plan'],
  [/four key accounts|quatro clientes-chave/, 'Juliana manages three key accounts'],
  [/most of the land|das terras/, 'Pareto studied income and wealth'],
  [/like the Shell matrix|e na matriz da Shell|como na matriz da Shell/, 'high strength on the left is McDonald’s adaptation, not Shell’s'],
  [/preferred supplier, but one of (many|several)|preferencial, mas um entre (muitos|vários)/, 'Mid-KAM: preferred, one of a few'],
  [/Instituto Educacional Aurora[^"]*(paid late|atrasa)/, 'Aurora grows in the sample data'],
];

function courseFiles(lang: Lang): string[] {
  const lessonFiles = [
    '01-what-is-kam',
    '02-finding-key-accounts',
    '04-objectives-and-strategies',
    '05-why-adopt-kam',
    '06-relationship-stages',
    '07-causes-of-uncoupling',
    '08-account-plan',
    '09-client-database',
    '03-classifying-clients',
    '12-value-proposition',
    '13-account-team',
    '15-buyers-view-kraljic',
  ];
  const quizIds = [
    'what-is-kam',
    'finding-key-accounts',
    'objectives-and-strategies',
    'why-adopt-kam',
    'relationship-stages',
    'causes-of-uncoupling',
    'account-plan',
    'client-database',
    'classifying-clients',
    'value-proposition',
    'account-team',
    'buyers-view-kraljic',
  ];
  return [
    ...lessonFiles.map((f) => lesson(lang, f)),
    ...quizIds.map((q) => quiz(lang, q)),
    workshopCase(lang),
    `content/workshop/${lang}/guide.mdx`,
  ];
}

/** A file cut into the units a reader takes as one story: MDX paragraphs (a case section), quiz questions. */
function passages(path: string): string[] {
  const text = read(path);
  if (path.endsWith('.json')) {
    const data = JSON.parse(text) as { questions: { scenario?: string; prompt: string; options: { text: string; feedback: string }[] }[] };
    return data.questions.map((q) => [q.scenario ?? '', q.prompt, ...q.options.flatMap((o) => [o.text, o.feedback])].join(' '));
  }
  return path.endsWith('case.mdx') ? text.split(/\n(?=### )/) : text.split(/\n\s*\n/);
}

const mentions = (text: string, name: string): boolean =>
  new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text);

describe('the course quotes the case sheet', () => {
  for (const lang of LANGS) {
    for (const [file, expected] of quotes(lang)) {
      it(`${file} quotes the sheet’s figures, dates and names`, () => {
        const text = read(file);
        const missing = expected.filter((e) => !text.includes(e));
        expect(missing).toEqual([]);
      });
    }

    it(`${lang}: no retired wording that contradicts the sheet`, () => {
      const found: string[] = [];
      for (const file of courseFiles(lang)) {
        for (const [pattern, why] of RETIRED) if (pattern.test(read(file))) found.push(`${file}: ${pattern} (${why})`);
      }
      expect(found).toEqual([]);
    });

    it(`${lang}: an account manager named beside one account is that account’s manager`, () => {
      const managers = sheet.staff.filter((s) => s.role === 'key-account-manager' && s.name);
      const managed = sheet.accounts.filter((a) => a.manager);
      const wrong: string[] = [];
      for (const file of courseFiles(lang)) {
        for (const passage of passages(file)) {
          const accounts = managed.filter((a) => mentions(passage, a.name));
          if (accounts.length !== 1) continue;
          for (const m of managers.filter((x) => mentions(passage, x.name!))) {
            if (!m.accounts.includes(accounts[0]!.id)) wrong.push(`${file}: ${m.name} beside ${accounts[0]!.name}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`${lang}: stage names follow the course's rule`, () => {
      // English writes Pre-KAM and Partnership-KAM; the article's Pré-/Parceria- appear only where named as the article's.
      const other = lang === 'en' ? /Pré-KAM|Parceria-KAM/ : /\bPre-KAM|Partnership-KAM/;
      const found = courseFiles(lang).flatMap((file) =>
        read(file)
          .split('\n')
          .filter((line) => other.test(line) && !/article's|artigo/.test(line))
          .map((line) => `${file}: ${line.slice(0, 80)}`),
      );
      expect(found).toEqual([]);
    });
  }
});

// ---- 4. Classes of fact a fresh reader checks, checked everywhere ------------------------------
/** The name the course uses in running text: "Boa Compra", "Santa Clara", "Sabor", "Parque das Águas". */
const shortName = (name: string): string =>
  name
    .replace(/^(Rede|Hospital Infantil|Hospital Regional de|Hospital|Grupo|Hotel|Cantina|Colégio|Churrascaria) /, '')
    .replace(' & Cia', '');
/** Sentences a learner reads as statements: MDX lines and quiz questions (with their right answer) cut at
 * sentence ends; questions ("Is Synergistic-KAM a sensible target…?") are not statements. */
function statements(path: string): string[] {
  const text = read(path);
  const units = path.endsWith('.json')
    ? (
        JSON.parse(text) as {
          questions: { scenario?: string; prompt: string; answer: number; options: { text: string; feedback: string }[] }[];
        }
      ).questions.map((q) => [q.scenario ?? '', q.options[q.answer]!.text, q.options[q.answer]!.feedback].join(' '))
    : text.split('\n');
  return units.flatMap((u) => u.split(/(?<=[.;?!]\**)\s+/)).filter((s) => !s.trim().endsWith('?') && !s.trim().endsWith('?*'));
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = (text: string, name: string) => new RegExp(`(?<![\\p{L}-])${escapeRe(name)}(?![\\p{L}])`, 'u').test(text);

describe('the course states each fact as the sheet does', () => {
  for (const lang of LANGS) {
    it(`${lang}: a sentence that puts one account at a stage uses the sheet's stage or target stage`, () => {
      const negated = lang === 'en' ? /\b(not|never)\b[^.]{0,40}$/ : /\b(não|nunca)\b[^.]{0,40}$/;
      const wrong: string[] = [];
      let checked = 0;
      for (const file of courseFiles(lang)) {
        for (const sentence of statements(file)) {
          const accounts = sheet.accounts.filter((a) => names(sentence, shortName(a.name)));
          if (accounts.length !== 1) continue;
          const a = accounts[0]!;
          for (const [id, stage] of Object.entries(STAGE_NAMES[lang])) {
            const at = sentence.search(new RegExp(`(?<![\\p{L}-])${escapeRe(stage)}`, 'u'));
            if (at < 0 || negated.test(sentence.slice(0, at))) continue;
            checked += 1;
            if (id !== a.stage && id !== a.targetStage) wrong.push(`${file}: ${a.name} at ${stage}: ${sentence.slice(0, 100)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(10);
    });

    it(`${lang}: every margin quoted with a percent says which margin it is (gross, or after cost to serve)`, () => {
      const quoted =
        /\b(?:margins?|margem|margens)\b[^.;:!?"|\n]{0,30}?\d+(?:[.,]\d+)?%|\d+(?:[.,]\d+)?%[^.;!?"|\n]{0,15}?\b(?:margins?|margem|margens)\b/gi;
      const label = lang === 'en' ? /gross|after (the )?cost to serve/i : /bruta|depois do custo de servir/i;
      const unlabelled: string[] = [];
      let checked = 0;
      for (const file of courseFiles(lang)) {
        const text = read(file);
        for (const m of text.matchAll(quoted)) {
          checked += 1;
          const around = text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 70);
          if (!label.test(around)) unlabelled.push(`${file}: ${m[0]}`);
        }
      }
      expect(unlabelled).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(10);
    });
  }

  it('the two languages quote the same percents and years, file by file', () => {
    const percents = (t: string) => [...new Set([...t.matchAll(/(\d+(?:[.,]\d+)?)%/g)].map((m) => m[1]!.replace(',', '.')))].sort();
    const years = (t: string) => [...new Set(t.match(/\b(?:19[5-9]\d|20[0-4]\d)\b/g) ?? [])].sort();
    const differ: string[] = [];
    const en = courseFiles('en');
    const pt = courseFiles('pt-br');
    expect(pt.map((f) => f.replace('/pt-br/', '/en/'))).toEqual(en);
    en.forEach((file, i) => {
      const [a, b] = [read(file), read(pt[i]!)];
      if (percents(a).join() !== percents(b).join()) differ.push(`${file}: percents ${percents(a).join(' ')} / ${percents(b).join(' ')}`);
      if (years(a).join() !== years(b).join()) differ.push(`${file}: years ${years(a).join(' ')} / ${years(b).join(' ')}`);
    });
    expect(differ).toEqual([]);
  });
});

describe('the account-plan sample', () => {
  it('fills Santa Clara’s history and goals with the case sheet’s figures', () => {
    const account = sheet.accounts.find((a) => a.id === sheet.plan.account)!;
    const figures = account.figures as Record<string, number>;
    for (const [year, h] of Object.entries(CASE_PLAN_HISTORY)) {
      expect(h.revenue).toBe(account.revenue[year as keyof typeof account.revenue]);
      expect(h.marginPct).toBe(year === '2025' ? account.grossMarginPct : figures[`gross-margin-${year}-pct`]);
    }
    expect(Object.entries(CASE_PLAN_GOALS).map(([year, g]) => [Number(year), g.revenue, g.sharePct])).toEqual(
      sheet.plan.goals.map((g) => [g.year, g.revenue, g.sharePct]),
    );
  });
});

describe('the account-team sample', () => {
  const unnamed = { 'technical-advisor': 'Technical advisor', 'logistics-coordinator': 'Logistics coordinator' };
  const keyAccounts = sheet.accounts
    .filter((a) => a.status === 'key-account')
    .map((a) => ({ key: a.id, name: a.name, revenue: a.revenue['2025' as keyof typeof a.revenue] ?? 0 }));
  const teams = sampleTeamsFor(keyAccounts, unnamed).map(({ key, team }) => ({ accountKey: key, ...team }));

  it('staffs every key account, each with its manager as KAM and Marta as executive sponsor', () => {
    expect(teams.map((t) => t.accountKey)).toEqual(keyAccounts.map((a) => a.key));
    for (const t of teams) {
      const reading = readAccountTeam(t);
      const manager = sheet.accounts.find((a) => a.id === t.accountKey)!.manager!;
      expect(reading.kams, t.accountKey).toEqual([staff(manager).name]);
      expect(reading.sponsors, t.accountKey).toEqual(['Marta']);
    }
    expect(SAMPLE_ACCOUNTS_PER_MANAGER).toBe(DEFAULT_ACCOUNTS_PER_MANAGER);
  });

  it('gives lesson 13 its findings: two As on exceptions at Rede Boa Compra, nobody doing them at the hotel, missing counterparts', () => {
    const problems = (id: string) => readAccountTeam(teams.find((t) => t.accountKey === id)!).raci.map((p) => `${p.decision}:${p.code}`);
    expect(problems('rede-boa-compra')).toEqual(['exceptions:several-accountable', 'exceptions:no-responsible']);
    expect(problems('hotel-parque-das-aguas')).toEqual(['exceptions:no-responsible']);
    expect(problems('hospital-santa-clara')).toEqual([]);
    const missing = (id: string) => {
      const roles = sheet.buyingCentres.find((c) => c.account === id)!.people.flatMap((p) => p.roles) as BuyingRole[];
      return readAccountTeam(
        teams.find((t) => t.accountKey === id)!,
        roles,
      ).gaps.map((g) => (g.code === 'no-counterpart' ? g.buyingRole : g.code));
    };
    expect(missing('rede-boa-compra')).toEqual(['user']);
    expect(missing('hotel-parque-das-aguas')).toEqual(['user']);
    expect(missing('grupo-sabor-cia')).toEqual(['technical']);
    expect(missing('hospital-infantil-bem-estar')).toEqual(['technical']);
    expect(missing('hospital-santa-clara')).toEqual([]);
  });

  it('puts Juliana on two key accounts carrying 53 % of key-account revenue, within the rule of thumb and the team capacity', () => {
    const w = teamWorkload({
      teams,
      keyAccounts,
      perManager: sheet.accountTeams.perManager,
      teamCapacity: sheet.company.keyAccountCapacity,
    });
    expect(w.managers[0]).toMatchObject({ name: 'Juliana', count: 2, revenue: 1_860_000, over: false });
    expect(Math.round(w.managers[0]!.share * 100)).toBe(53);
    expect(w.keyRevenue).toBe(3_480_000);
    expect(w.overTeam).toBe(false);
  });
});
