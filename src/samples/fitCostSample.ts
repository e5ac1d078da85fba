/**
 * Sample fit/cost scores for the sample company (lesson 9's worked example): eight candidates in the
 * select zone for a team of about eight key accounts; the Churrascaria (daily 6 a.m. deliveries) and
 * Cantina Nonna Rosa left out; Hotel Rota Campinas valued but costly. Other large clients get fixed,
 * plausible scores; the small ones stay unscored. Candidates already scored are never touched.
 */
import { paretoAnalysis } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { $portfolio, getAssessment, setFitCost } from '../state/index.ts';
import { ensureSamplePortfolio } from './matrixSample';
import type { SampleResult } from './matrixSample';
import { nameKey, seeded } from './matrixSampleKeys';

const LESSON: Record<string, { fit: number; cost: number }> = {
  'rede boa compra': { fit: 8, cost: 4 },
  'hospital santa clara': { fit: 9, cost: 3 },
  'grupo sabor cia': { fit: 7, cost: 4 },
  'hotel parque das aguas': { fit: 6, cost: 4 },
  'colegio vale verde': { fit: 7, cost: 3 },
  'hospital infantil bem estar': { fit: 8, cost: 4 },
  'supermercado familia rossi': { fit: 6, cost: 3 },
  'instituto educacional aurora': { fit: 7, cost: 2 },
  'hotel rota campinas': { fit: 6, cost: 6 },
  'cantina nonna rosa': { fit: 3, cost: 6 },
  'churrascaria gaucha do parque': { fit: 4, cost: 8 },
  'padaria trigo bom': { fit: 4, cost: 3 },
};

export async function loadFitCostSample(locale: Locale): Promise<SampleResult> {
  const ready = await ensureSamplePortfolio(locale);
  if (!ready.ok) return ready;
  const clients = $portfolio.get().clients;
  // Class A and B clients are the plausible candidates; class C stays unscored.
  const pareto = paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
  const candidates = new Set(pareto.ranked.filter((r) => r.class !== 'C').map((r) => r.key));
  let count = 0;
  for (const c of clients) {
    if (!candidates.has(c.key) && !c.keyAccount) continue;
    if (getAssessment(c.key).fitCost !== null) continue;
    // Own keys only: a client called "constructor" is not the lesson's data.
    const lesson = Object.hasOwn(LESSON, nameKey(c.name)) ? LESSON[nameKey(c.name)] : undefined;
    // Other clients: key accounts mostly fit well at a moderate cost (most land in the select zone);
    // the smaller class B clients fit less and cost more, as they usually do.
    const fallback = c.keyAccount
      ? { fit: seeded(c.key, 11, 5, 9), cost: seeded(c.key, 12, 2, 6) }
      : { fit: seeded(c.key, 13, 2, 7), cost: seeded(c.key, 14, 3, 8) };
    setFitCost(c.key, lesson ?? fallback);
    count++;
  }
  return { ok: true, count };
}
