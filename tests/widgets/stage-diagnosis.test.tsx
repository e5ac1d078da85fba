// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, addClients, getAssessment } from '../../src/state/index.ts';
import { STAGE_QUESTIONS, diagnoseStage } from '../../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';
import StageDiagnosis from '../../src/widgets/stage-diagnosis/StageDiagnosis.tsx';
import { $diagnosisMode } from '../../src/state/session.ts';
import { $currentAccount } from '../../src/state/session.ts';
import { TRY_KEY } from '../../src/widgets/shared/AccountPicker.tsx';

const en = DOMAIN_TEXTS.en;

function answer(questionId: (typeof STAGE_QUESTIONS)[number]['id'], stage: keyof (typeof en.questions)['business']['options']) {
  fireEvent.click(screen.getByRole('radio', { name: en.questions[questionId].options[stage] }));
}

describe('Stage diagnosis widget', () => {
  beforeEach(() => {
    freshStorage();
    $diagnosisMode.set('all');
    $currentAccount.set(null);
  });
  afterEach(() => cleanup());

  it('renders the root hook, the load-sample button and every question with its why', () => {
    const { container } = render(<StageDiagnosis locale="en" />);
    expect(container.querySelector('[data-widget="stage-diagnosis"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    for (const q of STAGE_QUESTIONS) {
      expect(screen.getByRole('group', { name: new RegExp(en.questions[q.id].text.replace(/[?.()%]/g, '.')) })).toBeTruthy();
      expect(screen.getByText(en.questions[q.id].why)).toBeTruthy();
    }
  });

  it('shows the stage diagnoseStage gives, saves it with the date and warns when answers disagree', async () => {
    addClients([{ key: 'acme', name: 'Acme', revenue: 100, keyAccount: true }]);
    render(<StageDiagnosis locale="en" />);
    answer('business', 'mid');
    answer('share', 'mid');
    answer('contacts', 'partnership');
    answer('price', 'early');
    const answers = { business: 'business.mid', share: 'share.mid', contacts: 'contacts.partnership', price: 'price.early' };
    const expected = diagnoseStage({ answers });
    expect(expected.ladderStage).toBe('mid');
    expect(await screen.findByText(`This relationship is at ${en.stages[expected.stage].name}.`)).toBeTruthy();
    // spread = partnership(3) - early(1) = 2 → warning naming both ends
    expect(expected.spread).toBe(2);
    const warning = await screen.findByRole('note');
    expect(warning.textContent).toContain('Your answers disagree');
    expect(warning.textContent).toContain('Contact pattern');
    expect(warning.textContent).toContain('Basis of price');
    const stored = getAssessment('acme', $assessments.get()).diagnoses;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.stage).toBe('mid');
    expect(stored[0]!.answers).toEqual(answers);
    expect(stored[0]!.date.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });

  it('no spread warning when the answers agree; a decisive signal makes it uncoupling', async () => {
    render(<StageDiagnosis locale="en" />);
    answer('business', 'early');
    answer('share', 'early');
    // The details (with the spread warning when there is one) have arrived: the table of answers shows.
    expect(await screen.findByText('What each answer pointed to')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(en.signals['decided-to-end'].slice(0, 30)) }));
    const d = diagnoseStage({ answers: { business: 'business.early', share: 'share.early' }, signals: ['decided-to-end'] });
    expect(d.stage).toBe('uncoupling');
    expect(await screen.findByText(/This relationship is in Uncoupling-KAM/)).toBeTruthy();
    // quick try is stored under its own key
    expect(getAssessment(TRY_KEY, $assessments.get()).diagnoses[0]!.stage).toBe('uncoupling');
  });

  it('one question at a time: next/previous walk through the questionnaire', async () => {
    $diagnosisMode.set('one');
    render(<StageDiagnosis locale="en" />);
    expect(await screen.findByText(en.questions.business.text)).toBeTruthy();
    expect(screen.queryByText(en.questions.share.text)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Next question' }));
    expect(screen.getByText(en.questions.share.text)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(screen.getByText(en.questions.business.text)).toBeTruthy();
  });

  it('target stage, history with delete and undo', async () => {
    render(<StageDiagnosis locale="en" />);
    answer('business', 'mid');
    fireEvent.change(screen.getByLabelText('Target stage'), { target: { value: 'partnership' } });
    expect(screen.getByText(/Higher is not always better/)).toBeTruthy();
    expect(await screen.findByText(`To reach ${en.stages.partnership.name}: ${en.stages.partnership.name}.`)).toBeTruthy();
    expect(getAssessment(TRY_KEY, $assessments.get()).diagnoses[0]!.targetStage).toBe('partnership');
    const history = screen.getByRole('region', { name: 'History of this account' });
    fireEvent.click(await within(history).findByRole('button', { name: /Delete the diagnosis of/ }));
    expect(getAssessment(TRY_KEY, $assessments.get()).diagnoses).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(getAssessment(TRY_KEY, $assessments.get()).diagnoses).toHaveLength(1);
  });

  it('"start a new diagnosis" comes with the first answer (fetched with the details) and empties the form', async () => {
    render(<StageDiagnosis locale="en" />);
    expect(screen.queryByRole('button', { name: 'Start a new diagnosis' })).toBeNull();
    answer('business', 'mid');
    fireEvent.click(await screen.findByRole('button', { name: 'Start a new diagnosis' }));
    expect((screen.getByRole('radio', { name: en.questions.business.options.mid }) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('button', { name: 'Start a new diagnosis' })).toBeNull();
    // The first diagnosis stays in the history; deleting it says so, with its date.
    const history = screen.getByRole('region', { name: 'History of this account' });
    fireEvent.click(await within(history).findByRole('button', { name: /Delete the diagnosis of/ }));
    expect(screen.getByRole('status').textContent).toMatch(/^Diagnosis of .+ deleted\.Undo$/);
  });

  it('speaks Portuguese', async () => {
    render(<StageDiagnosis locale="pt-br" />);
    expect(screen.getByText('Autodiagnóstico do estágio')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: DOMAIN_TEXTS['pt-br'].questions.business.options.partnership }));
    expect(await screen.findByText('Este relacionamento está no estágio Parceria-KAM.')).toBeTruthy();
  });
});
