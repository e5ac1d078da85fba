// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, getAssessment, replacePortfolio, setPortfolioPeriod } from '../../src/state/index.ts';
import { paretoClassOf } from '../../src/domain/index.ts';
import AccountPlan from '../../src/widgets/account-plan/AccountPlan.tsx';
import { $currentAccount } from '../../src/state/session.ts';

// The editor and the class line are fetched (dynamic imports Vite transforms on first use).
configure({ asyncUtilTimeout: 5000 });

// Two whole years of sales (January 2024 to December 2025): Acme was the largest client in 2024 and
// is small in 2025; Beta the opposite.
const sales = [
  { key: 'acme', month: '2024-03', amount: 900_000 },
  { key: 'acme', month: '2025-03', amount: 20_000 },
  { key: 'beta', month: '2024-03', amount: 100_000 },
  { key: 'beta', month: '2025-03', amount: 800_000 },
  ...['c1', 'c2', 'c3', 'c4'].map((key) => ({ key, month: '2025-06', amount: 50_000 })),
  { key: 'c1', month: '2024-01', amount: 10 },
  { key: 'c2', month: '2025-12', amount: 10 },
];
const clients = [
  { key: 'acme', name: 'Acme', revenue: 920_000, keyAccount: true },
  { key: 'beta', name: 'Beta', revenue: 900_000, keyAccount: false },
  ...['c1', 'c2', 'c3', 'c4'].map((key) => ({
    key,
    name: key.toUpperCase(),
    revenue: key === 'c1' || key === 'c2' ? 50_010 : 50_000,
    keyAccount: false,
  })),
];
const in2025 = clients.map((c) => ({
  ...c,
  revenue: sales.filter((s) => s.key === c.key && s.month.startsWith('2025')).reduce((t, s) => t + s.amount, 0),
}));

describe('Account plan over a chosen period', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    replacePortfolio({ clients, monthlySales: sales });
    setPortfolioPeriod({ kind: 'year', year: 2025 });
  });
  afterEach(() => cleanup());

  it('ranks the ABC class over the period the user chose; pre-fills each history year with its own revenue', async () => {
    const periodClass = paretoClassOf(in2025, 'acme');
    // The example only proves something if the two spans disagree about Acme.
    expect(periodClass).not.toBe(paretoClassOf(clients, 'acme'));
    render(<AccountPlan locale="en" />);
    const known = screen.getByRole('region', { name: 'What the other tools know about this account' });
    expect(await within(known).findByText(periodClass!)).toBeTruthy();

    const year = new Date().getFullYear();
    fireEvent.click(await screen.findByRole('button', { name: `Create the ${year} plan` }));
    await screen.findByTestId('plan-missing');
    const plan = getAssessment('acme', $assessments.get()).plans[0]!;
    // Each calendar year the file covers in full gets that year's revenue, whatever the period shown
    // (not the period's total in the last year's row); a year outside the file stays empty.
    const yearly: Record<number, number> = { 2024: 900_000, 2025: 20_000 };
    expect(plan.financialHistory.map((h) => [h.year, h.revenue])).toEqual(
      plan.financialHistory.map((h) => [h.year, yearly[h.year] ?? null]),
    );
  });
});
