// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import {
  $assessments,
  $matrixConfig,
  defaultMatrixConfig,
  enterDemoWorkspace,
  getAssessment,
  leaveDemoWorkspace,
  replacePortfolio,
  setMatrixScores,
} from '../../src/state/index.ts';
import { classifyAccounts } from '../../src/domain/index.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';
import ClassificationMatrix from '../../src/widgets/classification-matrix/ClassificationMatrix.tsx';
import { criteriaProblem } from '../../src/widgets/classification-matrix/criteriaProblem.ts';

const LESSON = [
  { key: 'C01', name: 'Rede Boa Compra', revenue: 1_260_000, keyAccount: true },
  { key: 'C03', name: 'Grupo Sabor & Cia', revenue: 600_000, keyAccount: true },
  { key: 'C06', name: 'Hospital Infantil Bem-Estar', revenue: 300_000, keyAccount: true },
  { key: 'C08', name: 'Hotel Rota Campinas', revenue: 240_000, keyAccount: true },
  { key: 'C09', name: 'Cantina Nonna Rosa', revenue: 210_000, keyAccount: true },
  { key: 'C12', name: 'Padaria Trigo Bom', revenue: 120_000, keyAccount: false },
];

const row = (key: string) => document.querySelector(`tr[data-account="${key}"]`)!;
const cell = (key: string, col: string) => row(key).querySelector(`[data-col="${col}"]`)!.textContent;

function domainFigures() {
  const config = $matrixConfig.get();
  const result = classifyAccounts({
    attractiveness: config.attractiveness,
    strength: config.strength,
    accounts: LESSON.filter((c) => c.keyAccount).map((c) => ({ key: c.key, scores: getAssessment(c.key).matrixScores })),
    midpoint: config.midpoint,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.accounts;
}

describe('Classification matrix widget', () => {
  beforeEach(() => {
    freshStorage();
    replacePortfolio({ clients: LESSON, monthlySales: [] });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the empty state with the load-sample button, then the lesson’s table after loading it (in the demo workspace)', async () => {
    // The sample is loaded into the demo workspace: give the demo the lesson's portfolio, and keep
    // a different one as the user's own to check it is not touched.
    const storage = freshStorage();
    replacePortfolio({ clients: [{ key: 'MINE', name: 'Mine', revenue: 1, keyAccount: true }], monthlySales: [] });
    const realBefore = storage.snapshot();
    enterDemoWorkspace();
    replacePortfolio({ clients: LESSON, monthlySales: [] });
    leaveDemoWorkspace();
    render(<ClassificationMatrix locale="en" />);
    const button = await screen.findByRole('button', { name: 'Load sample data' });
    expect(button.getAttribute('data-action')).toBe('load-sample');
    fireEvent.click(button);
    await screen.findByText(/Sample loaded: 5 key accounts scored/);
    // Lesson 9's worked example, figure for figure.
    const expected: [string, string, string, string][] = [
      ['C01', '5.35', '6.10', 'Strategic'],
      ['C03', '6.85', '6.60', 'Strategic'],
      ['C06', '7.45', '4.70', 'Star'],
      ['C08', '4.45', '7.35', 'Status'],
      ['C09', '2.25', '4.10', 'Streamline'],
    ];
    for (const [key, a, s, q] of expected) {
      expect([cell(key, 'attractiveness'), cell(key, 'strength'), cell(key, 'quadrant')]).toEqual([a, s, q]);
    }
    // Only key accounts are scored.
    expect(document.querySelector('tr[data-account="C12"]')).toBeNull();
    const real = Object.fromEntries(Object.entries(storage.snapshot()).filter(([k]) => !k.startsWith('kam:demo:')));
    expect(real).toEqual(realBefore);
  });

  it('shows exactly the domain’s figures, in the scores table and in the chart’s table', async () => {
    const config = defaultMatrixConfig();
    const ids = [...config.attractiveness, ...config.strength].map((c) => c.id);
    LESSON.filter((c) => c.keyAccount).forEach((c, i) =>
      setMatrixScores(c.key, Object.fromEntries(ids.map((id, j) => [id, (i * 3 + j * 7) % 11]))),
    );
    render(<ClassificationMatrix locale="pt-br" />);
    await waitFor(() => expect(row('C01')).toBeTruthy());
    const figures = domainFigures();
    expect(figures).toHaveLength(5);
    const names = Object.fromEntries(Object.entries(DOMAIN_TEXTS['pt-br'].quadrants).map(([k, v]) => [k, v.name])) as Record<
      string,
      string
    >;
    for (const f of figures) {
      expect(cell(f.key, 'attractiveness')).toBe(formatNumber('pt-br', f.attractiveness, 2));
      expect(cell(f.key, 'strength')).toBe(formatNumber('pt-br', f.strength, 2));
      expect(cell(f.key, 'quadrant')).toBe(names[f.quadrant]);
    }
    const tableRows = [...document.querySelectorAll('.chart-table tbody tr')].map((tr) =>
      [...tr.children].slice(0, 4).map((c) => c.textContent),
    );
    const byName = new Map(LESSON.map((c) => [c.key, c.name]));
    expect(tableRows).toEqual(
      expect.arrayContaining(
        figures.map((f) => [
          byName.get(f.key),
          formatNumber('pt-br', f.attractiveness, 2),
          formatNumber('pt-br', f.strength, 2),
          names[f.quadrant],
        ]),
      ),
    );
    expect(tableRows).toHaveLength(5);
    // Every point is also reachable by keyboard, with a description.
    expect(document.querySelectorAll('.mx-points li[tabindex="0"]')).toHaveLength(5);
  });

  it('refuses weights that do not total 100, with a clear message, and saves once they do', async () => {
    render(<ClassificationMatrix locale="en" />);
    const before = $matrixConfig.get();
    const first = before.attractiveness[0]!;
    const input = (await screen.findByLabelText(/Customer attractiveness: weight of “Purchase volume” in percent/)) as HTMLInputElement;
    fireEvent.input(input, { target: { value: String(first.weight + 10) } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved: the customer attractiveness weights add up to 110, not 100.');
    expect(document.querySelector('[data-total="attractiveness"]')!.textContent).toContain('110 of 100');
    expect($matrixConfig.get()).toEqual(before);
    // Take 10 off another criterion: the total is 100 again and the change is saved.
    const second = before.attractiveness[1]!;
    fireEvent.input(screen.getByLabelText(/Customer attractiveness: weight of “Growth potential” in percent/), {
      target: { value: String(second.weight - 10) },
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(
      $matrixConfig
        .get()
        .attractiveness.slice(0, 2)
        .map((c) => c.weight),
    ).toEqual([first.weight + 10, second.weight - 10]);
  });

  it('uses the domain’s error codes for the message, in both languages', () => {
    const bad = {
      ...defaultMatrixConfig(),
      strength: defaultMatrixConfig().strength.map((c, i) => (i === 0 ? { ...c, weight: c.weight - 5 } : c)),
    };
    expect(criteriaProblem(bad, 'en')).toContain('the relative strength weights add up to 95, not 100');
    expect(criteriaProblem(bad, 'pt-br')).toContain('os pesos de força relativa somam 95, não 100');
    expect(criteriaProblem(defaultMatrixConfig(), 'en')).toBeNull();
    const noName = {
      ...defaultMatrixConfig(),
      strength: [...defaultMatrixConfig().strength.slice(0, -1), { id: 'x-new', name: ' ', weight: 10 }],
    };
    expect(criteriaProblem(noName, 'en')).toContain('every criterion needs a name');
  });

  it('removes a criterion with undo', async () => {
    render(<ClassificationMatrix locale="en" />);
    const before = $matrixConfig.get();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove “Geographic reach”' }));
    // Removing a weighted criterion breaks the total: refused, and undo brings it back. The check and
    // the undo line are fetched with this first edit.
    expect((await screen.findByRole('alert')).textContent).toContain('add up to 90, not 100');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByLabelText(/Customer attractiveness: name of criterion 6/)).toBeTruthy());
    expect((screen.getByLabelText(/Customer attractiveness: name of criterion 6/) as HTMLInputElement).value).toBe('Geographic reach');
    expect($matrixConfig.get()).toEqual(before);
  });

  it('saves a score typed in the table and refuses one outside 0–10', async () => {
    render(<ClassificationMatrix locale="en" />);
    const input = (await screen.findByLabelText('Rede Boa Compra: Purchase volume (0 to 10)')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '8' } });
    expect(getAssessment('C01').matrixScores['purchase-volume']).toBe(8);
    fireEvent.input(input, { target: { value: '12' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Use a number from 0 to 10');
    expect($assessments.get()['C01']!.matrixScores['purchase-volume']).toBe(8);
  });
});
