import { describe, expect, it } from 'vitest';
import {
  check,
  ARTICLE_PLAN_SECTIONS,
  PLAN_SECTIONS,
  accountPlanSchema,
  contactPattern,
  contactSides,
  duplicatePlanForNextYear,
  emptyAccountPlan,
  escapeMarkdown,
  nextItemId,
  planCompleteness,
  planToMarkdown,
  validateAccountPlan,
} from '../../src/domain/index.ts';
import type { AccountPlan, PlanMarkdownLabels } from '../../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';
import * as sections from '../../src/domain/accountPlanSections.ts';

const NOW = '2025-01-10T09:00:00.000Z';

function fullPlan(): AccountPlan {
  const p = emptyAccountPlan('0012', 'Padaria São João', 2025, NOW);
  return {
    ...p,
    mission: 'Ser o parceiro de abastecimento da padaria.',
    financialHistory: [
      { year: 2022, revenue: 100, marginPct: 10 },
      { year: 2023, revenue: 120, marginPct: 11 },
      { year: 2024, revenue: 150, marginPct: null },
    ],
    customerOverview: 'Rede com 3 lojas.',
    criticalSuccessFactors: [{ id: 'csf-1', factor: 'Entrega diária', importance: 5, ourScore: 7 }],
    customerPortfolio: 'Farinhas, fermentos.',
    assumptions: 'Mercado estável.',
    objectives: 'Dobrar a participação.',
    goals: [
      { year: 2025, revenue: 180, marginPct: 12, sharePct: 40 },
      { year: 2026, revenue: 220, marginPct: 12, sharePct: 50 },
      { year: 2027, revenue: 260, marginPct: 13, sharePct: 60 },
    ],
    actions: [
      { id: 'act-1', what: 'Visita técnica', owner: 'Ana', due: '2025-02-01', status: 'done' },
      { id: 'act-2', what: 'Proposta de contrato', owner: 'Bruno', due: null, status: 'doing' },
    ],
    contacts: [
      { id: 'c-1', name: 'João', role: 'Compras', influence: 'high', attitude: 'supporter' },
      { id: 'c-2', name: 'Maria', role: 'Produção', ourContact: 'Bruno', influence: 'medium', attitude: 'neutral' },
    ],
    risks: [{ id: 'r-1', text: 'João vai se aposentar', causeId: 'key-personnel-change' }],
    currentStage: 'early',
    targetStage: 'mid',
    nextReview: '2025-06-30',
  };
}

describe('account plan model', () => {
  it('emptyAccountPlan: history before the plan year, goals for it and the next two', () => {
    const p = emptyAccountPlan('k', 'Name', 2025, new Date(NOW));
    expect(p.id).toBe('2025:k');
    expect(p.createdAt).toBe(NOW);
    expect(p.updatedAt).toBe(NOW);
    expect(p.financialHistory.map((h) => h.year)).toEqual([2022, 2023, 2024]);
    expect(p.goals.map((g) => g.year)).toEqual([2025, 2026, 2027]);
    expect(check(accountPlanSchema, p).success).toBe(true);
    expect(p.currentStage).toBeUndefined();
  });

  it('sections: the article eight plus four', () => {
    expect(PLAN_SECTIONS).toHaveLength(12);
    expect(ARTICLE_PLAN_SECTIONS).toEqual([
      'mission',
      'financialSummary',
      'customerOverview',
      'criticalSuccessFactors',
      'customerPortfolio',
      'assumptions',
      'objectives',
      'goals',
    ]);
  });

  it('the sections module (what the dashboard loads) holds the very rules the plan module exports', () => {
    expect(sections.PLAN_SECTIONS).toBe(PLAN_SECTIONS);
    expect(sections.ARTICLE_PLAN_SECTIONS).toBe(ARTICLE_PLAN_SECTIONS);
    expect(sections.planCompleteness).toBe(planCompleteness);
  });

  it('planCompleteness', () => {
    expect(planCompleteness(emptyAccountPlan('k', 'n', 2025, NOW))).toEqual({ score: 0, missing: [...PLAN_SECTIONS] });
    expect(planCompleteness(fullPlan())).toEqual({ score: 1, missing: [] });
    const p = fullPlan();
    p.actions = [{ id: 'a', what: 'Sem dono', owner: ' ', due: null, status: 'todo' }];
    p.mission = '   ';
    expect(planCompleteness(p)).toEqual({ score: 10 / 12, missing: ['mission', 'actions'] });
  });

  it('contactPattern: none, bow-tie, diamond, decided from both sides', () => {
    expect(contactPattern([])).toBe('none');
    expect(contactPattern([{ name: ' ', role: 'Compras' }])).toBe('none');
    // One salesperson ↔ one buyer.
    expect(contactPattern([{ name: 'A', role: 'Compras', ourContact: 'Marta' }])).toBe('bow-tie');
    // Several of ours, but all talking to one function at the customer.
    expect(
      contactPattern([
        { name: 'A', role: 'Compras', ourContact: 'Marta' },
        { name: 'B', role: ' compras ', ourContact: 'Rui' },
      ]),
    ).toBe('bow-tie');
    expect(
      contactPattern([
        { name: 'A', role: 'Compras' },
        { name: 'B', role: '' },
      ]),
    ).toBe('bow-tie');
    // Two functions at the customer, but every contact runs through the account manager (empty = account manager).
    expect(
      contactPattern([
        { name: 'A', role: 'Compras' },
        { name: 'B', role: 'Logística' },
      ]),
    ).toBe('bow-tie');
    expect(
      contactPattern([
        { name: 'A', role: 'Compras', ourContact: 'Marta' },
        { name: 'B', role: 'Logística', ourContact: ' marta ' },
      ]),
    ).toBe('bow-tie');
    // Function-to-function pairs, held by different people on each side.
    expect(
      contactPattern([
        { name: 'A', role: 'Compras', ourContact: 'Marta' },
        { name: 'B', role: 'Logística', ourContact: 'Rui' },
      ]),
    ).toBe('diamond');
    expect(
      contactPattern([
        { name: 'A', role: 'Compras' },
        { name: 'B', role: 'Logística', ourContact: 'Rui' },
      ]),
    ).toBe('diamond');
    expect(
      contactSides([
        { name: 'A', role: 'Compras' },
        { name: 'B', role: 'Logística', ourContact: 'Rui' },
        { name: 'C', role: 'logística', ourContact: 'rui' },
      ]),
    ).toEqual({ ours: 2, theirs: 2 });
  });

  it('a plan saved before "our contact" existed still validates', () => {
    const old = emptyAccountPlan('k', 'K', 2025, '2025-01-01T00:00:00Z');
    const stored = { ...old, contacts: [{ id: 'c-1', name: 'Ana', role: 'Compras', influence: 'high', attitude: 'supporter' }] };
    expect(check(accountPlanSchema, stored).success).toBe(true);
  });

  it('nextItemId', () => {
    expect(nextItemId([], 'act')).toBe('act-1');
    expect(nextItemId([{ id: 'act-2' }, { id: 'act-10' }, { id: 'x-99' }, { id: 'act-x' }], 'act')).toBe('act-11');
  });

  it('duplicatePlanForNextYear', () => {
    const next = duplicatePlanForNextYear(fullPlan(), '2026-01-05T00:00:00.000Z');
    expect(next.id).toBe('2026:0012');
    expect(next.year).toBe(2026);
    expect(next.createdAt).toBe('2026-01-05T00:00:00.000Z');
    expect(next.financialHistory).toEqual([
      { year: 2023, revenue: 120, marginPct: 11 },
      { year: 2024, revenue: 150, marginPct: null },
      { year: 2025, revenue: null, marginPct: null },
    ]);
    expect(next.goals).toEqual([
      { year: 2026, revenue: 220, marginPct: 12, sharePct: 50 },
      { year: 2027, revenue: 260, marginPct: 13, sharePct: 60 },
      { year: 2028, revenue: null, marginPct: null, sharePct: null },
    ]);
    expect(next.actions.map((a) => a.id)).toEqual(['act-2']);
    expect(next.nextReview).toBeNull();
    expect(next.mission).toBe(fullPlan().mission);
    expect(validateAccountPlan(next).ok).toBe(true);
  });

  it('validateAccountPlan: accepts a good plan, rejects bad shapes without throwing', () => {
    expect(validateAccountPlan(fullPlan())).toEqual({ ok: true, plan: fullPlan() });
    for (const bad of [
      null,
      42,
      'x',
      {},
      { ...fullPlan(), goals: [] },
      { ...fullPlan(), nextReview: '2025-02-30' },
      { ...fullPlan(), targetStage: 'uncoupling' },
    ]) {
      const r = validateAccountPlan(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-plan');
        expect(r.issues.length).toBeGreaterThan(0);
      }
    }
    const r = validateAccountPlan({ ...fullPlan(), criticalSuccessFactors: [{ id: 'x', factor: 'f', importance: 6, ourScore: 5 }] });
    expect(!r.ok && r.issues[0]!.path).toBe('criticalSuccessFactors.0.importance');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup and HTML', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('*bold* _it_ `code` [link](http://x) ![img](y) # | ~~s~~')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x) !\\[img\\](y) \\# \\| \\~\\~s\\~\\~',
    );
    expect(escapeMarkdown('Early-KAM 1.5 (x)')).toBe('Early-KAM 1.5 (x)');
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('  + item')).toBe('  \\+ item');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('a\n---')).toBe('a  \n\\---');
    expect(escapeMarkdown('=== heading')).toBe('\\=== heading');
  });

  it('inline text loses its line breaks; block text keeps them as hard breaks', () => {
    expect(escapeMarkdown('a\nb\r\n\r\nc', { inline: true })).toBe('a b c');
    expect(escapeMarkdown('a\nb\n\nc')).toBe('a  \nb\n\nc');
  });
});

describe('planToMarkdown', () => {
  const t = DOMAIN_TEXTS['pt-br'];
  const labels: PlanMarkdownLabels = {
    locale: 'pt-BR',
    title: 'Plano de conta',
    sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s, t.planSections[s].name])) as PlanMarkdownLabels['sections'],
    year: 'Ano',
    revenue: 'Faturamento',
    marginPct: 'Margem %',
    sharePct: 'Participação %',
    factor: 'Fator',
    importance: 'Importância',
    ourScore: 'Nossa nota',
    what: 'O quê',
    owner: 'Quem',
    due: 'Prazo',
    status: 'Situação',
    statuses: { ...t.actionStatuses },
    name: 'Nome',
    role: 'Área',
    ourContact: 'Nosso contato',
    accountManager: 'Gerente de contas',
    influence: 'Influência',
    influences: { ...t.influences },
    attitude: 'Atitude',
    attitudes: { ...t.attitudes },
    contactPattern: 'Padrão de contatos',
    contactPatterns: {
      none: t.contactPatterns.none.name,
      'bow-tie': t.contactPatterns['bow-tie'].name,
      diamond: t.contactPatterns.diamond.name,
    },
    currentStage: 'Estágio atual',
    targetStage: 'Estágio desejado',
    stages: Object.fromEntries(Object.entries(t.stages).map(([k, v]) => [k, v.name])) as PlanMarkdownLabels['stages'],
    cause: 'Causa',
    causes: Object.fromEntries(Object.entries(t.causes).map(([k, v]) => [k, v.name])),
    updatedAt: 'Atualizado em',
    empty: '—',
  };

  it('renders every section with the given labels and formats numbers with Intl', () => {
    const md = planToMarkdown(fullPlan(), labels);
    expect(md.startsWith('# Plano de conta: Padaria São João (2025)')).toBe(true);
    expect(md).toContain('Estágio atual: Early-KAM');
    for (const s of PLAN_SECTIONS) expect(md).toContain(`## ${escapeMarkdown(labels.sections[s], { inline: true })}`);
    expect(md).toContain('| 2024 | 150,00 | — |');
    expect(md).toContain('| Entrega diária | 5 | 7 |');
    expect(md).toContain('| Visita técnica | Ana | 01/02/2025 | Concluída |');
    expect(md).toContain('Padrão de contatos: Diamante');
    // Both sides of each contact: an empty "our contact" is the account manager.
    expect(md).toContain('| João | Compras | Gerente de contas |');
    expect(md).toContain('| Maria | Produção | Bruno |');
    expect(md).toContain('- João vai se aposentar (Causa: Mudança no pessoal-chave)');
    expect(md).toContain('30/06/2025');
  });

  it('escapes all user text, so a plan cannot inject HTML, links or table cells', () => {
    const p = fullPlan();
    p.accountName = '<img src=x onerror=alert(1)>';
    p.mission = '[click](javascript:alert(1))';
    p.actions = [{ id: 'a', what: 'pipe | breaks\ntable', owner: '**x**', due: null, status: 'todo' }];
    const md = planToMarkdown(p, labels);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('| pipe \\| breaks table | \\*\\*x\\*\\* | — | A fazer |');
  });

  it('a risk cause id that is not a cause (restored, hand-edited) renders the risk without a cause', () => {
    for (const causeId of ['constructor', 'toString', 'no-such-cause']) {
      const p = { ...fullPlan(), risks: [{ id: 'r1', text: 'Odd risk', causeId }] };
      const md = planToMarkdown(p, labels);
      expect(md).toContain('- Odd risk\n');
    }
  });

  it('empty plan renders with placeholders', () => {
    const md = planToMarkdown(emptyAccountPlan('k', '', 2025, NOW), labels);
    expect(md).toContain('# Plano de conta: — (2025)');
    expect(md).toContain('Padrão de contatos: Nenhum contato ainda');
  });
});
