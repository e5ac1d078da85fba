// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byDiagnosisDate, latestDiagnosis, latestPlan } from '../../src/domain/index.ts';
import { freshStorage } from '../state/helpers.ts';
import {
  $assessments,
  $portfolio,
  addClients,
  defaultMatrixConfig,
  deleteDiagnosis,
  getAssessment,
  saveDiagnosis,
  setKeyAccounts,
} from '../../src/state/index.ts';
import { prefilledPlan } from '../../src/widgets/account-plan/model.ts';
import { buildDashboard } from '../../src/domain/index.ts';

describe('latestDiagnosis', () => {
  it('is the latest by date, not the last in the list; ties go to the later position', () => {
    const a = { id: 'a', date: '2025-06-01T10:00:00.000Z' };
    const b = { id: 'b', date: '2025-01-01T10:00:00.000Z' };
    const c = { id: 'c', date: '2025-06-01T10:00:00.000Z' };
    expect(latestDiagnosis([])).toBeUndefined();
    expect(latestDiagnosis([a, b])).toBe(a);
    expect(latestDiagnosis([a, b, c])).toBe(c);
    expect(latestDiagnosis([c, b, a])).toBe(a);
  });

  it('agrees with the last item of the date-ordered history, for any history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), date: fc.constantFrom('2024-01-01', '2024-05-05', '2025-02-02', '2025-02-02T08:00:00Z') })),
        (history) => {
          expect(latestDiagnosis(history)).toBe(byDiagnosisDate(history).at(-1));
        },
      ),
    );
  });

  it('latestPlan: latest year, then the one updated last', () => {
    const p = (id: string, year: number, updatedAt: string) => ({ id, year, updatedAt });
    expect(latestPlan([p('a', 2025, '2025-12-01'), p('b', 2026, '2025-01-01'), p('c', 2024, '2026-01-01')])!.id).toBe('b');
    expect(latestPlan([p('a', 2026, '2026-02-01'), p('b', 2026, '2026-01-01')])!.id).toBe('a');
    expect(latestPlan([])).toBeUndefined();
  });
});

describe('delete + undo of a diagnosis', () => {
  beforeEach(() => freshStorage());

  it('puts the diagnosis back in date order: the account plan and the dashboard still agree on the latest stage', () => {
    addClients([{ key: 'K', name: 'Key Co', revenue: 100 }]);
    setKeyAccounts(['K'], true);
    const old = saveDiagnosis('K', { date: '2025-01-10T09:00:00.000Z', answers: {}, signals: [], stage: 'early' }).diagnosis;
    saveDiagnosis('K', { date: '2025-09-10T09:00:00.000Z', answers: {}, signals: [], stage: 'mid', targetStage: 'partnership' });
    deleteDiagnosis('K', old.id);
    saveDiagnosis('K', { ...old }); // what "Undo" does
    const assessment = getAssessment('K');
    expect(assessment.diagnoses.map((d) => d.stage)).toEqual(['early', 'mid']);
    const plan = prefilledPlan('en', { accountKey: 'K', accountName: 'Key Co', year: 2026, now: '2026-01-01T00:00:00Z', assessment });
    const dashboard = buildDashboard({
      portfolio: $portfolio.get(),
      assessments: $assessments.get(),
      matrixConfig: defaultMatrixConfig(),
      today: '2026-01-01',
    });
    expect(plan.currentStage).toBe('mid');
    expect(dashboard.rows[0]!.stage).toBe('mid');
    expect(plan.targetStage).toBe(dashboard.rows[0]!.targetStage);
  });
});
