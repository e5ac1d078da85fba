// @vitest-environment happy-dom
/**
 * The "load sample" fillers of the per-account and matrix tools, run on the real sample company
 * (public/samples): they must pick and score the accounts the lessons talk about.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNCOUPLING_CAUSES, assessUncoupling, paretoAnalysis, revenueForPeriod } from '../../src/domain/index.ts';
import { SAMPLE_PERIOD } from '../../src/samples/sampleCompany.ts';
import { runImport } from '../../src/import/importRun.ts';
import { LESSON_ACCOUNT, lessonAccount, pickSampleKeyAccounts } from '../../src/samples/sampleAccounts.ts';
import { SAMPLE_TICKS, SAMPLE_TICKS_BY_ACCOUNT } from '../../src/samples/uncouplingSample.ts';
import { sampleSegments } from '../../src/samples/dpmSample.ts';
import { LATER as DPM_LATER } from '../../src/widgets/dpm/laterStrings.ts';

const outcome = runImport({
  input: new Uint8Array(readFileSync(resolve(process.cwd(), 'public/samples/distributor-en.csv'))),
  options: {},
  extras: {},
});
if (!outcome.ok) throw new Error('sample did not import');
// The sample as the tools show it: over 2025, the year the lessons quote.
const view = revenueForPeriod(outcome.clients, outcome.monthlySales, SAMPLE_PERIOD);
const clients = outcome.clients.map((c, i) => ({ ...c, revenue: view.clients[i]!.revenue }));
const nameOf = (key: string) => clients.find((c) => c.key === key)!.name;

describe('sample fillers on the sample company', () => {
  it('marks lesson 4’s six key accounts, largest first; other portfolios get their class A (3 to 5)', () => {
    expect(pickSampleKeyAccounts(clients).map(nameOf)).toEqual([
      'Rede Boa Compra',
      'Hospital Santa Clara',
      'Grupo Sabor & Cia',
      'Hotel Parque das Águas',
      'Hospital Infantil Bem-Estar',
      'Cantina Nonna Rosa',
    ]);
    const other = clients.filter((c) => c.name !== 'Cantina Nonna Rosa');
    expect(pickSampleKeyAccounts(other)).toHaveLength(5);
  });

  it('opens the lessons’ example accounts', () => {
    const accounts = pickSampleKeyAccounts(clients).map((k) => clients.find((c) => c.key === k)!);
    expect(lessonAccount(accounts, LESSON_ACCOUNT.stages)!.name).toBe('Hospital Santa Clara');
    expect(lessonAccount(accounts, LESSON_ACCOUNT.uncoupling)!.name).toBe('Hospital Infantil Bem-Estar');
    expect(lessonAccount([{ name: 'Acme' }], LESSON_ACCOUNT.plan)!.name).toBe('Acme');
  });

  it('ticks only real indicators, and lesson 6’s Bem-Estar comes out at high risk', () => {
    const ids = new Set<string>(UNCOUPLING_CAUSES.flatMap((c) => c.indicators.map((i) => i.id)));
    for (const ticks of [...Object.values(SAMPLE_TICKS_BY_ACCOUNT), ...SAMPLE_TICKS])
      for (const id of ticks) expect(ids.has(id), id).toBe(true);
    for (const name of Object.keys(SAMPLE_TICKS_BY_ACCOUNT))
      expect(
        clients.some((c) => c.name === name),
        name,
      ).toBe(true);
    expect(assessUncoupling(SAMPLE_TICKS_BY_ACCOUNT['Hospital Infantil Bem-Estar']!).level).toBe('high');
  });

  it('DPM segments are the sample’s 2025 segment revenues', () => {
    const bySegment = new Map<string, number>();
    for (const c of clients) bySegment.set(c.segment!, (bySegment.get(c.segment!) ?? 0) + c.revenue);
    const segments = sampleSegments(DPM_LATER.en);
    expect(segments.reduce((s, x) => s + x.revenueNow, 0)).toBe(6_000_000);
    for (const s of segments) expect(bySegment.get(s.name), s.name).toBeCloseTo(s.revenueNow, 2);
  });

  it('class A of the sample is lesson 2’s eleven clients', () => {
    const p = paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
    expect(
      p.ranked
        .filter((r) => r.class === 'A')
        .map((r) => r.name)
        .at(-1),
    ).toBe('Churrascaria Gaúcha do Parque');
  });
});
