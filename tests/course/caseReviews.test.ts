/**
 * The case sheet's quarterly reviews (content/case/{en,pt-br}/horizonte.json `reviews`, lesson 14 and
 * the account-review tool's sample) against the rest of the story: each quarter's revenue is the
 * sample files', the risk and the rules' verdict are the domain's, Cantina Nonna Rosa's last review
 * takes it out of KAM before it left the list in December 2025, and lesson 14 quotes the figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSheetSchema } from '../../src/course/caseSheet.ts';
import type { CaseReview, CaseSheet } from '../../src/course/caseSheet.ts';
import { quarterMonths, revenueForPeriod, reviewVerdict, uncouplingRisk } from '../../src/domain/index.ts';
import { runImport } from '../../src/import/importRun.ts';
import { formatPercent } from '../../src/i18n/format.ts';

type Lang = 'en' | 'pt-br';
const LANGS: Lang[] = ['en', 'pt-br'];
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const sheets = Object.fromEntries(
  LANGS.map((l) => [l, caseSheetSchema.parse(JSON.parse(read(`content/case/${l}/horizonte.json`)))]),
) as Record<Lang, CaseSheet>;
const sheet = sheets.en;
const accountOf = (r: CaseReview) => sheet.accounts.find((a) => a.id === r.account)!;

/** The reviews as the domain stores them (risk from the ticks, goal a quarter of the year's). */
function domainReviews(r: CaseReview) {
  return r.quarters.map((q) => {
    const risk = uncouplingRisk(q.ticks);
    const goal = r.goals[q.quarter.slice(0, 4)];
    return {
      quarter: q.quarter,
      date: q.date,
      stage: q.stage,
      riskScore: risk ? risk.score : null,
      riskLevel: risk ? risk.level : null,
      revenueActual: q.revenue,
      revenueGoal: goal === undefined ? null : goal / 4,
    };
  });
}

describe('the case sheet’s quarterly reviews', () => {
  const imported = runImport({
    input: new Uint8Array(readFileSync(new URL('public/samples/distributor-en.csv', root))),
    options: {},
    extras: {},
  });
  if (!imported.ok) throw new Error(imported.error.code);

  it('review one healthy key account and the one that left KAM, with every tick a known indicator', () => {
    expect(sheet.reviews.map((r) => accountOf(r).status)).toEqual(['key-account', 'former-key-account']);
    for (const r of sheet.reviews) for (const q of r.quarters) expect(uncouplingRisk(q.ticks)?.byCause, q.quarter).toBeDefined();
  });

  it('quote each quarter’s revenue as the sample files hold it, to the cent', () => {
    for (const r of sheet.reviews) {
      const client = imported.clients.find((c) => c.name === accountOf(r).name)!;
      for (const q of r.quarters) {
        const view = revenueForPeriod([client], imported.monthlySales, { kind: 'range', ...quarterMonths(q.quarter) });
        expect(view.clients[0]!.revenue, `${r.account} ${q.quarter}`).toBeCloseTo(q.revenue, 2);
      }
    }
  });

  it('hold reviews after the quarter they review, in order, and none of Nonna Rosa after it left in December 2025', () => {
    for (const r of sheet.reviews) {
      const quarters = r.quarters.map((q) => q.quarter);
      expect([...quarters].sort()).toEqual(quarters);
      for (const q of r.quarters) expect(q.date.slice(0, 7) > quarterMonths(q.quarter).end, q.quarter).toBe(true);
    }
    const leaves = sheet.timeline.find((e) => e.id === 'nonna-rosa-leaves')!;
    const nonna = sheet.reviews.find((r) => r.account === 'cantina-nonna-rosa')!;
    const last = nonna.quarters[nonna.quarters.length - 1]!;
    expect(last.decision).toBe('leave-kam');
    expect(last.date < leaves.date).toBe(true);
    expect(last.stage).toBe(accountOf(nonna).stage);
  });

  it('agree with the rules: Sabor kept at every review, Nonna Rosa kept, then reclassify, then leave KAM', () => {
    const verdicts = (r: CaseReview) => domainReviews(r).map((_, i, all) => reviewVerdict({ reviews: all.slice(0, i + 1) }).outcome);
    const [sabor, nonna] = sheet.reviews;
    expect(verdicts(sabor!)).toEqual(['keep', 'keep', 'keep', 'keep']);
    expect(verdicts(nonna!)).toEqual(['keep', 'reclassify', 'leave-kam']);
    expect(reviewVerdict({ reviews: domainReviews(nonna!) }).reasons).toEqual([
      'risk-up-two-quarters',
      'revenue-below-plan',
      'uncoupling-stage',
    ]);
  });

  it('set the year’s goal of the healthy account at its 2025 revenue, and Nonna Rosa’s at its 2024 revenue', () => {
    const [sabor, nonna] = sheet.reviews;
    expect(sabor!.goals['2025']).toBe(accountOf(sabor!).revenue['2025']);
    expect(nonna!.goals['2025']).toBe(accountOf(nonna!).revenue['2024']);
  });

  for (const lang of LANGS) {
    it(`${lang}: lesson 14 quotes each review’s quarter, risk score and share of goal as the sheet gives them`, () => {
      const text = read(`content/lessons/${lang}/14-reviews-and-health.mdx`);
      const num = (n: number, digits: number) =>
        new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'pt-BR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
          n,
        );
      for (const r of sheets[lang].reviews) {
        for (const row of domainReviews(r)) {
          const cells = [
            row.quarter,
            num(row.riskScore ?? 0, 1),
            num(Math.round(row.revenueActual), 0),
            formatPercent(lang, row.revenueActual / row.revenueGoal!, 0),
          ];
          for (const cell of cells) expect(text, `${r.account} ${row.quarter}: ${cell}`).toContain(cell);
        }
      }
    });
  }
});
