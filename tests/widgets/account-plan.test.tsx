// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, addClients, getAssessment, saveDiagnosis, setUncouplingChecks } from '../../src/state/index.ts';
import { PLAN_SECTIONS, assessUncoupling, escapeMarkdown, planCompleteness, planToMarkdown } from '../../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';
import AccountPlan, { AUTOSAVE_MS } from '../../src/widgets/account-plan/AccountPlan.tsx';
import { markdownLabels } from '../../src/widgets/account-plan/model.ts';
import { $currentAccount } from '../../src/state/session.ts';
import { encodeStored } from '../../src/state/persisted.ts';
import { emitStorageSignal } from '../../src/state/storage.ts';
import { captureDownloads } from './captureDownloads.ts';

const en = DOMAIN_TEXTS.en;
const year = new Date().getFullYear();
// The open plan's editor and the other tools' findings are fetched (dynamic imports that Vite
// transforms on first use): on a busy machine that takes longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** Creates this year's plan and waits for its editor (fetched once a plan is open). */
async function createPlan() {
  fireEvent.click(await screen.findByRole('button', { name: `Create the ${year} plan` }));
  await screen.findByText(`Plan ${year} (open)`);
  await screen.findByTestId('plan-missing');
}

let storage: ReturnType<typeof freshStorage>;
const storageOf = () => storage;
const localRaw = () => storage.getItem('kam:assessments')!;

describe('Account plan widget', () => {
  beforeEach(() => {
    storage = freshStorage();
    $currentAccount.set(null);
    addClients([
      { key: 'acme', name: 'Acme', revenue: 500_000, previousRevenue: 400_000, marginPct: 20, keyAccount: true },
      { key: 'small', name: 'Small Co', revenue: 1_000, keyAccount: false },
    ]);
  });
  afterEach(() => cleanup());

  it('creates a plan pre-filled from the other tools (revenue, stage, target, risks, ABC class)', async () => {
    saveDiagnosis('acme', { answers: { business: 'business.mid' }, signals: [], stage: 'mid', targetStage: 'partnership' });
    setUncouplingChecks('acme', ['single-point-of-contact', 'late-payments']);
    const { container } = render(<AccountPlan locale="en" />);
    expect(container.querySelector('[data-widget="account-plan"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await createPlan();
    const plan = getAssessment('acme', $assessments.get()).plans[0]!;
    expect(plan.financialHistory.map((h) => h.revenue)).toEqual([null, 400_000, 500_000]);
    expect(plan.currentStage).toBe('mid');
    expect(plan.targetStage).toBe('partnership');
    expect(plan.risks.map((r) => r.causeId)).toEqual(['key-personnel-change', 'financial-problems']);
    const known = screen.getByRole('region', { name: 'What the other tools know about this account' });
    // The class is ranked by a part fetched once the portfolio has clients; the printed plan says it too.
    expect(await within(known).findByText('A')).toBeTruthy();
    const printed = [...document.querySelectorAll('.ap-document .apd-meta div')].find(
      (row) => row.querySelector('dt')?.textContent === 'ABC class (Pareto)',
    );
    expect(printed?.querySelector('dd')?.textContent).toBe('A');
    // The stage and risk lines need those tools' words: fetched for an account they have assessed.
    expect(
      await within(known).findByText(en.uncouplingLevels[assessUncoupling(['single-point-of-contact', 'late-payments']).level]),
    ).toBeTruthy();
    expect((screen.getByLabelText('Current stage') as HTMLSelectElement).value).toBe('mid');
  });

  it('the completeness meter follows the domain as sections are filled, and the plan autosaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      render(<AccountPlan locale="en" />);
      await createPlan();
      const meter = () =>
        Number(
          (document.querySelector('meter') as HTMLMeterElement).getAttribute('value') ??
            (document.querySelector('meter') as HTMLMeterElement).value,
        );
      const before = planCompleteness(getAssessment('acme', $assessments.get()).plans[0]!);
      expect(meter()).toBeCloseTo(before.score);
      expect(screen.getByTestId('plan-missing').textContent).toContain(en.planSections.mission.name);
      fireEvent.input(screen.getByRole('textbox', { name: en.planSections.mission.name }), { target: { value: 'Grow together' } });
      expect(screen.getByTestId('plan-missing').textContent).not.toContain(en.planSections.mission.name);
      expect(meter()).toBeCloseTo(before.score + 1 / PLAN_SECTIONS.length);
      expect(getAssessment('acme', $assessments.get()).plans[0]!.mission).toBe('');
      await act(async () => {
        vi.advanceTimersByTime(AUTOSAVE_MS + 50);
      });
      expect(getAssessment('acme', $assessments.get()).plans[0]!.mission).toBe('Grow together');
    } finally {
      vi.useRealTimers();
    }
  });

  it('another tab’s edits of the same plan are merged, and a field both changed is kept here with a notice', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      render(<AccountPlan locale="en" />);
      await createPlan();
      // The other tab saves mission and objectives; this tab does not hear about it (no event).
      const raw = JSON.parse(localRaw());
      const theirs = {
        ...raw.data.acme.plans[0],
        mission: 'Theirs',
        objectives: 'Their objectives',
        updatedAt: '2030-01-01T00:00:00.000Z',
      };
      raw.data.acme.plans = [theirs];
      storageOf().setItem('kam:assessments', encodeStored(raw.data, raw.rev + 1));
      fireEvent.input(screen.getByRole('textbox', { name: en.planSections.mission.name }), { target: { value: 'Mine' } });
      await act(async () => {
        vi.advanceTimersByTime(AUTOSAVE_MS + 50);
      });
      const saved = getAssessment('acme', $assessments.get()).plans[0]!;
      expect(saved.mission).toBe('Mine');
      expect(saved.objectives).toBe('Their objectives');
      expect((screen.getByRole('textbox', { name: en.planSections.objectives.name }) as HTMLTextAreaElement).value).toBe(
        'Their objectives',
      );
      const notice = await screen.findByTestId('plan-conflict');
      expect(notice.textContent).toContain(en.planSections.mission.name);
      expect(notice.textContent).not.toContain(en.planSections.objectives.name + ',');
      expect((within(notice).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Theirs');
      fireEvent.click(within(notice).getByRole('button', { name: 'Use the other tab’s version of these parts' }));
      await act(async () => {
        vi.advanceTimersByTime(AUTOSAVE_MS + 50);
      });
      expect(getAssessment('acme', $assessments.get()).plans[0]!.mission).toBe('Theirs');
      expect(screen.queryByTestId('plan-conflict')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows what another tab saved when nothing is being typed here', async () => {
    render(<AccountPlan locale="en" />);
    await createPlan();
    const raw = JSON.parse(localRaw());
    raw.data.acme.plans = [{ ...raw.data.acme.plans[0], mission: 'From the other tab', updatedAt: '2030-01-01T00:00:00.000Z' }];
    const text = encodeStored(raw.data, raw.rev + 1);
    storageOf().setItem('kam:assessments', text);
    act(() => emitStorageSignal({ type: 'change', key: 'kam:assessments', newValue: text }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: en.planSections.mission.name }) as HTMLTextAreaElement).value).toBe('From the other tab'),
    );
  });

  it('adds actions and contacts; shows bow-tie then diamond from the domain', async () => {
    render(<AccountPlan locale="en" />);
    await createPlan();
    fireEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    fireEvent.input(screen.getByRole('group', { name: 'Name of contact 1' }).querySelector('input')!, { target: { value: 'Ana' } });
    fireEvent.input(within(screen.getByRole('group', { name: 'Name of contact 1' })).getByLabelText('Role (function)'), {
      target: { value: 'Purchasing' },
    });
    expect(screen.getByText('Contact pattern: Bow-tie.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    const second = screen.getByRole('group', { name: 'Name of contact 2' });
    fireEvent.input(within(second).getByLabelText('Name'), { target: { value: 'Bruno' } });
    fireEvent.input(within(second).getByLabelText('Role (function)'), { target: { value: 'Logistics' } });
    // Two functions at the customer, but both held by the account manager: still one knot on our side.
    expect(screen.getByText('Contact pattern: Bow-tie.')).toBeTruthy();
    fireEvent.input(within(second).getByLabelText('Our contact (who holds it)'), { target: { value: 'Rui, logistics lead' } });
    expect(screen.getByText('Contact pattern: Diamond.')).toBeTruthy();
    expect(document.querySelector('[data-pattern-rule]')!.textContent).toContain('An empty “our contact” counts as the account manager.');
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    fireEvent.input(within(screen.getByRole('group', { name: 'Action 1' })).getByLabelText('What'), {
      target: { value: 'Meet logistics' },
    });
    expect(screen.getByText(/1 action has no owner/)).toBeTruthy();
  });

  it('Markdown export escapes <script>, | and * typed by the user', async () => {
    const { texts: downloads, restore } = captureDownloads();
    try {
      render(<AccountPlan locale="en" />);
      await createPlan();
      const typed = '<script>alert(1)</script> | 50 % *now*';
      fireEvent.input(screen.getByRole('textbox', { name: en.planSections.mission.name }), { target: { value: typed } });
      fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
      await waitFor(() => expect(downloads).toHaveLength(1));
      const md = downloads[0]!;
      expect(md).toContain(escapeMarkdown(typed));
      expect(md).toContain('&lt;script&gt;');
      expect(md).toContain('\\| 50 % \\*now\\*');
      expect(md).not.toContain('<script>');
      // Downloading saved the pending edit first, and the file is the domain's Markdown of it.
      const plan = getAssessment('acme', $assessments.get()).plans[0]!;
      expect(plan.mission).toBe(typed);
      expect(md).toBe(planToMarkdown(plan, { ...markdownLabels('en'), currency: 'USD' }));
    } finally {
      restore();
    }
  });

  it('duplicates for next year and deletes with undo', async () => {
    render(<AccountPlan locale="en" />);
    await createPlan();
    fireEvent.click(screen.getByRole('button', { name: `Duplicate for ${year + 1}` }));
    await screen.findByText(`Plan ${year + 1} (open)`);
    expect(
      getAssessment('acme', $assessments.get())
        .plans.map((p) => p.year)
        .sort(),
    ).toEqual([year, year + 1]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this plan' }));
    await waitFor(() => expect(getAssessment('acme', $assessments.get()).plans.map((p) => p.year)).toEqual([year]));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(getAssessment('acme', $assessments.get()).plans).toHaveLength(2));
  });

  it('works as a quick try and speaks Portuguese', async () => {
    render(<AccountPlan locale="pt-br" />);
    fireEvent.change(await screen.findByLabelText('Conta'), { target: { value: '__try__' } });
    fireEvent.click(await screen.findByRole('button', { name: `Criar o plano ${year}` }));
    await screen.findByText(`Plano ${year} (aberto)`);
    expect(screen.getByText(/Teste rápido: nenhum cliente está ligado/)).toBeTruthy();
    expect(getAssessment('__try__', $assessments.get()).plans).toHaveLength(1);
  });
});
