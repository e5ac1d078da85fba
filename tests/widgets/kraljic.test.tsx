// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { addClients, getKraljic, savePlan, updateAccount, updateKraljic } from '../../src/state/index.ts';
import { emptyAssessment } from '../../src/state/schemas/assessments.ts';
import { compareWithCap, emptyAccountPlan, readKraljic } from '../../src/domain/index.ts';
import KraljicTool from '../../src/widgets/kraljic/Kraljic.tsx';
import StageDiagnosis from '../../src/widgets/stage-diagnosis/StageDiagnosis.tsx';
import AccountPlanTool from '../../src/widgets/account-plan/AccountPlan.tsx';
import { sampleKraljicReadings } from '../../src/samples/kraljicSample.ts';
import { $currentAccount } from '../../src/state/session.ts';
import en from '../../src/widgets/kraljic/strings.en.ts';
import ptBr from '../../src/widgets/kraljic/strings.pt-br.ts';

const sample = (name: string) => sampleKraljicReadings().find((s) => s.accountName === name)!.answers;

/** Santa Clara as the case sheet has it: diagnosed at Mid-KAM, aiming at Partnership-KAM. */
function diagnoseSantaClara() {
  updateAccount('hsc', () => ({
    ...emptyAssessment(),
    diagnoses: [{ id: 'd1', date: '2026-01-10', answers: {}, signals: [], stage: 'mid', targetStage: 'partnership' }],
  }));
}

describe('Kraljic widget', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'hsc', name: 'Hospital Santa Clara', revenue: 100, keyAccount: true }]);
  });
  afterEach(() => cleanup());

  it('has its hooks; with nothing answered it says how many questions remain', async () => {
    const { container } = render(<KraljicTool locale="en" />);
    expect(container.querySelector('[data-widget="kraljic"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await screen.findByText('0 of 6 questions answered. The quadrant appears when all six are.');
    expect(screen.getAllByText(en.summaryEmpty).length).toBeGreaterThan(0);
  });

  it('answering autosaves each answer; the sixth answer gives the domain’s quadrant and cap', async () => {
    diagnoseSantaClara();
    const answers = sample('Hospital Santa Clara');
    render(<KraljicTool locale="en" />);
    await screen.findByText(/0 of 6 questions answered/);
    for (const [id, value] of Object.entries(answers)) {
      const group = screen.getByRole('group', { name: en[`q.${id as keyof typeof answers}`] });
      fireEvent.click(within(group).getByRole('radio', { name: en[`answer.${value as 1 | 2 | 3 | 4 | 5}`] }));
    }
    await waitFor(() => expect(getKraljic('hsc')?.answers).toEqual(answers));
    const domain = readKraljic(answers);
    const reading = document.querySelector('.kj-reading')!;
    await waitFor(() => expect(reading.getAttribute('data-quadrant')).toBe(domain.quadrant));
    expect(reading.getAttribute('data-cap')).toBe(domain.cap);
    expect(reading.getAttribute('data-verdict')).toBe(compareWithCap(domain.cap!, 'mid', 'partnership'));
    expect(reading.textContent).toContain('This buyer sees what you sell as a leverage item.');
    expect(reading.textContent).toContain('Profit impact for the buyer: 3.7 of 5 (high)');
    expect(reading.textContent).toContain('Supply risk for the buyer: 2.7 of 5 (low)');
    expect(reading.textContent).toContain('The relationship this view allows: up to Mid-KAM.');
    expect(reading.textContent).toContain('Your target stage, Partnership-KAM, is above what this buyer’s view allows (Mid-KAM).');
    expect(screen.getByRole('table', { name: en.tableCaption }).textContent).toContain('Hospital Santa Clara');
  });

  it('a strategic buyer opens the whole ladder and leaves room to climb', async () => {
    updateKraljic('hsc', () => sample('Grupo Sabor & Cia'));
    updateAccount('hsc', () => ({
      ...emptyAssessment(),
      diagnoses: [{ id: 'd1', date: '2026-01-10', answers: {}, signals: [], stage: 'mid', targetStage: 'partnership' }],
    }));
    render(<KraljicTool locale="en" />);
    const section = document.querySelector('.kj-reading')!;
    await waitFor(() => expect(section.getAttribute('data-verdict')).toBe('room'));
    expect(section.textContent).toContain('This buyer sees what you sell as a strategic item.');
    expect(section.textContent).toContain('up to Synergistic-KAM');
    expect(section.textContent).not.toContain('Closed while');
  });

  it('clearing the answers can be undone', async () => {
    updateKraljic('hsc', () => sample('Hospital Santa Clara'));
    render(<KraljicTool locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: en.clear }));
    await waitFor(() => expect(getKraljic('hsc')).toBeUndefined());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(getKraljic('hsc')?.answers).toEqual(sample('Hospital Santa Clara')));
  });

  it('speaks Portuguese on the pt-BR page', async () => {
    updateKraljic('hsc', () => sample('Hospital Infantil Bem-Estar'));
    render(<KraljicTool locale="pt-br" />);
    await screen.findByText(/Este comprador vê o que você vende como item gargalo\./);
    expect(screen.getByText(/O relacionamento que essa visão permite: até o estágio Parceria-KAM\./)).toBeTruthy();
    expect(screen.getByText(ptBr.standingNone)).toBeTruthy();
  });

  it('the stage diagnosis and the account plan name the cap when the target is above it, and only then', async () => {
    diagnoseSantaClara();
    const year = new Date().getFullYear();
    savePlan(
      { ...emptyAccountPlan('hsc', 'Hospital Santa Clara', year, '2026-01-01T00:00:00.000Z'), targetStage: 'partnership' },
      { keepUpdatedAt: true },
    );
    updateKraljic('hsc', () => sample('Hospital Santa Clara'));
    const diagnosis = render(<StageDiagnosis locale="en" />);
    await waitFor(() =>
      expect(diagnosis.container.querySelector('[data-warning="stage-cap"]')?.textContent).toContain(
        'allows up to Mid-KAM: Partnership-KAM is above it',
      ),
    );
    diagnosis.unmount();
    const plan = render(<AccountPlanTool locale="en" />);
    await waitFor(() =>
      expect(plan.container.querySelector('[data-warning="stage-cap"]')?.textContent).toContain(
        'allows up to Mid-KAM; the target, Partnership-KAM, is above it',
      ),
    );
    plan.unmount();
    updateKraljic('hsc', () => sample('Grupo Sabor & Cia'));
    const strategic = render(<StageDiagnosis locale="en" />);
    await screen.findAllByText(/Partnership-KAM/);
    expect(strategic.container.querySelector('[data-warning="stage-cap"]')).toBeNull();
  });
});
