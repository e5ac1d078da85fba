// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, addClients, getAssessment, setUncouplingChecks } from '../../src/state/index.ts';
import { UNCOUPLING_CAUSES, assessUncoupling, uncouplingHeatmap } from '../../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';
import Uncoupling from '../../src/widgets/uncoupling/Uncoupling.tsx';
import { $currentAccount } from '../../src/state/session.ts';

const en = DOMAIN_TEXTS.en;
const tick = (id: keyof typeof en.indicators) => fireEvent.click(screen.getByRole('checkbox', { name: en.indicators[id] }));

describe('Uncoupling checklist widget', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
  });
  afterEach(() => cleanup());

  it('groups the seven causes (5 internal, 2 external) as fieldsets with their indicators', () => {
    const { container } = render(<Uncoupling locale="en" />);
    expect(container.querySelector('[data-widget="uncoupling"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    for (const cause of UNCOUPLING_CAUSES) {
      const group = screen.getByRole('group', { name: en.causes[cause.id].name });
      expect(within(group).getAllByRole('checkbox')).toHaveLength(cause.indicators.length);
    }
    const internal = screen.getByRole('region', { name: /the article’s five causes/ });
    expect(within(internal).getAllByRole('group')).toHaveLength(5);
    const external = screen.getByRole('region', { name: /two external causes/ });
    expect(within(external).getAllByRole('group')).toHaveLength(2);
  });

  it('score and level equal assessUncoupling, with mitigations for each ticked cause, saved per account', async () => {
    addClients([{ key: 'acme', name: 'Acme', revenue: 100, keyAccount: true }]);
    render(<Uncoupling locale="en" />);
    await screen.findByText('Risk for Acme');
    tick('single-point-of-contact');
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: en.indicators['single-point-of-contact'] }) as HTMLInputElement).checked).toBe(true),
    );
    tick('key-contact-changing');
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: en.indicators['key-contact-changing'] }) as HTMLInputElement).checked).toBe(true),
    );
    tick('late-payments');
    const expected = assessUncoupling(['single-point-of-contact', 'key-contact-changing', 'late-payments']);
    await waitFor(() => expect(screen.getByTestId('uncoupling-score').textContent).toBe(`${Math.round(expected.score)} of 100`));
    expect(screen.getByTestId('uncoupling-level').textContent).toBe(en.uncouplingLevels[expected.level]);
    for (const m of UNCOUPLING_CAUSES.find((c) => c.id === 'key-personnel-change')!.mitigations)
      expect(await screen.findByText(en.mitigations[m])).toBeTruthy();
    for (const m of UNCOUPLING_CAUSES.find((c) => c.id === 'financial-problems')!.mitigations)
      expect(await screen.findByText(en.mitigations[m])).toBeTruthy();
    expect(screen.queryByText(en.mitigations['root-cause-analysis'])).toBeNull();
    expect(getAssessment('acme', $assessments.get()).uncoupling?.checked).toEqual([
      'single-point-of-contact',
      'key-contact-changing',
      'late-payments',
    ]);
  });

  it('clear all can be undone', async () => {
    render(<Uncoupling locale="en" />);
    tick('promises-missed');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all ticks' }));
    await waitFor(() => expect(screen.getByTestId('uncoupling-score').textContent).toBe('0 of 100'));
    // An empty checklist says nobody has looked: "not assessed", not "low risk".
    expect(screen.getByTestId('uncoupling-level').textContent).toBe('Not assessed');
    expect(screen.queryByText(en.uncouplingLevels.low)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: en.indicators['promises-missed'] }) as HTMLInputElement).checked).toBe(true),
    );
    expect(screen.getByTestId('uncoupling-level').textContent).toBe(en.uncouplingLevels[assessUncoupling(['promises-missed']).level]);
  });

  it('the heat map lists key accounts riskiest first, with numbers in cells, and re-sorts', () => {
    addClients([
      { key: 'a', name: 'Alpha', revenue: 300, keyAccount: true },
      { key: 'b', name: 'Beta', revenue: 200, keyAccount: true },
      { key: 'c', name: 'Gamma', revenue: 100, keyAccount: true },
    ]);
    setUncouplingChecks('a', ['no-new-proposals']);
    setUncouplingChecks('b', ['single-point-of-contact', 'key-contact-changing', 'late-payments', 'values-conflict']);
    render(<Uncoupling locale="en" />);
    const table = screen.getByRole('table', { name: /Uncoupling risk by key account/ });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => within(h).getByRole('button').textContent);
    const heat = uncouplingHeatmap([
      { key: 'a', checked: ['no-new-proposals'] },
      { key: 'b', checked: ['single-point-of-contact', 'key-contact-changing', 'late-payments', 'values-conflict'] },
      { key: 'c', checked: [] },
    ]);
    expect(names()).toEqual(heat.map((r) => ({ a: 'Alpha', b: 'Beta', c: 'Gamma' })[r.key]));
    expect(names()).toEqual(['Beta', 'Alpha', 'Gamma']);
    // Gamma has nothing ticked: not assessed, not "low risk"; Alpha's one tick is assessed.
    const gammaRow = within(table).getAllByRole('row')[3]!;
    expect(within(gammaRow).getAllByRole('cell')[0]!.textContent).toBe('0 Not assessed');
    expect(within(within(table).getAllByRole('row')[2]!).getAllByRole('cell')[0]!.textContent).toContain(
      en.uncouplingLevels[heat[1]!.level],
    );
    const betaRow = within(table).getAllByRole('row')[1]!;
    expect(within(betaRow).getAllByRole('cell')[0]!.textContent).toContain(String(Math.round(heat[0]!.score)));
    expect(within(betaRow).getAllByRole('cell')[1]!.textContent).toBe('60'); // key-personnel-change: weights 3+3 of 10
    const riskHeader = within(table).getAllByRole('columnheader')[1]!;
    expect(riskHeader.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(riskHeader).getByRole('button'));
    expect(names()).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(within(table).getAllByRole('columnheader')[1]!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('speaks Portuguese', async () => {
    render(<Uncoupling locale="pt-br" />);
    expect(screen.getByText('Checklist de desunião')).toBeTruthy();
    const ticks = ['single-point-of-contact', 'key-contact-changing', 'no-successor'] as const;
    for (const id of ticks) {
      fireEvent.click(screen.getByRole('checkbox', { name: DOMAIN_TEXTS['pt-br'].indicators[id] }));
      await waitFor(() =>
        expect((screen.getByRole('checkbox', { name: DOMAIN_TEXTS['pt-br'].indicators[id] }) as HTMLInputElement).checked).toBe(true),
      );
    }
    const level = assessUncoupling([...ticks]).level;
    expect(level).toBe('high');
    await waitFor(() => expect(screen.getByTestId('uncoupling-level').textContent).toBe(DOMAIN_TEXTS['pt-br'].uncouplingLevels[level]));
    expect(screen.getByText('Pontuação de risco ponderada')).toBeTruthy();
  });
});
