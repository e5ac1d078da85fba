// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $valuePropositions, addClients, getValueProposition, updateValueProposition } from '../../src/state/index.ts';
import { planToMarkdown, propositionToMarkdown, readProposition } from '../../src/domain/index.ts';
import AccountPlan from '../../src/widgets/account-plan/AccountPlan.tsx';
import { markdownLabels } from '../../src/widgets/account-plan/model.ts';
import { propositionLabels } from '../../src/widgets/shared/propositionStrings.ts';
import { $assessments, getAssessment } from '../../src/state/index.ts';
import ValuePropositionTool from '../../src/widgets/value-proposition/ValueProposition.tsx';
import { sampleValuePropositions } from '../../src/samples/valuePropositionSample.ts';
import { $currentAccount } from '../../src/state/session.ts';
import en from '../../src/widgets/value-proposition/strings.en.ts';
import ptBr from '../../src/widgets/value-proposition/strings.pt-br.ts';
import rowsPt from '../../src/widgets/value-proposition/rowStrings.pt-br.ts';
import chartEn from '../../src/widgets/value-proposition/chartStrings.en.ts';
import { formatMoney } from '../../src/i18n/format.ts';
import { captureDownloads } from './captureDownloads.ts';

const sample = (locale: 'en' | 'pt-br') =>
  sampleValuePropositions(locale).find((s) => s.accountName === 'Hospital Santa Clara')!.proposition;

describe('Value proposition widget', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'hsc', name: 'Hospital Santa Clara', revenue: 840000, keyAccount: true }]);
  });
  afterEach(() => cleanup());

  it('has its hooks, and an empty account says how to start', async () => {
    const { container } = render(<ValuePropositionTool locale="en" />);
    expect(container.querySelector('[data-widget="value-proposition"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await screen.findByText('Value proposition: Hospital Santa Clara');
    expect(screen.getByText(en.csfEmpty)).toBeTruthy();
    expect(screen.getByText(en.linesEmpty)).toBeTruthy();
    expect(screen.getByText(en.focusNone)).toBeTruthy();
  });

  it('typing a factor and a line autosaves, with numbers read in the page language', async () => {
    render(<ValuePropositionTool locale="pt-br" />);
    await screen.findByText('Proposta de valor: Hospital Santa Clara');
    fireEvent.click(screen.getByRole('button', { name: ptBr.addCsf }));
    const factor = await screen.findByRole('group', { name: 'Fator 1' });
    fireEvent.input(within(factor).getByLabelText(rowsPt.factor), { target: { value: 'Sem faltas' } });
    fireEvent.change(within(factor).getByLabelText(rowsPt.importance), { target: { value: '5' } });
    fireEvent.input(within(factor).getByLabelText(rowsPt.ours), { target: { value: '7,5' } });
    fireEvent.input(within(factor).getByLabelText(rowsPt.best), { target: { value: '6' } });
    await waitFor(() =>
      expect(getValueProposition('hsc').csfs[0]).toMatchObject({ factor: 'Sem faltas', importance: 5, ours: 7.5, best: 6 }),
    );
    expect(await within(factor).findByText(rowsPt['point.difference'])).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: ptBr.addLine }));
    const line = await screen.findByRole('group', { name: 'Linha 1' });
    fireEvent.change(within(line).getByLabelText(rowsPt.category), { target: { value: 'risk' } });
    fireEvent.input(within(line).getByLabelText(rowsPt.label), { target: { value: 'Compras de emergência' } });
    fireEvent.input(within(line).getByLabelText(/Por ano conosco/), { target: { value: '4.800,50' } });
    fireEvent.input(within(line).getByLabelText(/Por ano com a alternativa/), { target: { value: '24.000' } });
    fireEvent.change(within(line).getByLabelText(rowsPt.csfLink), { target: { value: 'csf-1' } });
    await waitFor(() =>
      expect(getValueProposition('hsc').lines[0]).toMatchObject({ category: 'risk', ours: 4800.5, alternative: 24000, csf: 'csf-1' }),
    );
    await waitFor(() => expect(screen.getByText('Foco de ressonância: Sem faltas.')).toBeTruthy());
    await waitFor(() =>
      expect(line.querySelector('[data-line-value]')?.textContent).toBe(`Valor para o cliente: ${formatMoney('pt-br', 19199.5, 'BRL', 2)}`),
    );
  });

  it('shows the sample’s figures exactly as the domain computes them, and the focus in words', async () => {
    updateValueProposition('hsc', () => sample('en'));
    const { container } = render(<ValuePropositionTool locale="en" />);
    await screen.findByText('Value proposition: Hospital Santa Clara');
    const r = readProposition(sample('en'));
    // No currency in the data: the page language's default.
    const money = (v: number) => formatMoney('en', v);
    expect(container.querySelector('[data-total="value-created"]')?.textContent).toBe(money(r.sheet.valueCreated));
    expect(container.querySelector('[data-total="premium"]')?.textContent).toBe(money(33600));
    expect(container.querySelector('[data-total="net"]')?.textContent).toBe(money(50400));
    expect(container.querySelector('[data-split]')?.getAttribute('data-split')).toBe('balanced');
    const focus = container.querySelectorAll('[data-focus-list] li');
    expect(focus).toHaveLength(2);
    expect(focus[0]?.textContent).toContain(`worth a year ${money(43200)}`);
    expect(container.querySelector('[data-focus]')?.textContent).toBe(
      'Resonating focus: No stock-out of infection-control products, above all during the accreditation audit and Training and advice on cleaning protocols and dilutions.',
    );
  });

  it('fetches the rows on the first "Add", then gives the new row’s first field the focus', async () => {
    const { container } = render(<ValuePropositionTool locale="en" />);
    await screen.findByText(en.csfEmpty);
    expect(container.querySelector('fieldset')).toBeNull();
    // The focus moves on the next animation frame once the rows are there (outside testing-library's act).
    const focused = async (field: string) => {
      for (let i = 0; i < 200 && document.activeElement?.getAttribute('data-field') !== field; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return document.activeElement?.getAttribute('data-field');
    };
    fireEvent.click(screen.getByRole('button', { name: en.addCsf }));
    expect(await focused('factor')).toBe('factor');
    fireEvent.click(screen.getByRole('button', { name: en.addLine }));
    expect(await focused('label')).toBe('label');
  });

  it('fetches the chart, with its words, only once the worksheet has lines', async () => {
    const { container } = render(<ValuePropositionTool locale="en" />);
    await screen.findByText(en.linesEmpty);
    expect(container.querySelector('.vp-chart')).toBeNull();
    updateValueProposition('hsc', () => sample('en'));
    await screen.findByRole('heading', { name: chartEn.chartTitle });
    const r = readProposition(sample('en'));
    expect(container.querySelector('.vp-chart figcaption')?.textContent).toContain(formatMoney('en', r.sheet.valueCreated));
  });

  it('removing a line can be undone', async () => {
    updateValueProposition('hsc', () => sample('en'));
    render(<ValuePropositionTool locale="en" />);
    const line = await screen.findByRole('group', { name: /^Line 2:/ });
    fireEvent.click(within(line).getByRole('button', { name: /^Remove / }));
    await waitFor(() => expect(getValueProposition('hsc').lines).toHaveLength(6));
    fireEvent.click(await screen.findByRole('button', { name: /undo/i }));
    await waitFor(() => expect(getValueProposition('hsc').lines).toHaveLength(7));
    expect($valuePropositions.get()).toHaveLength(1);
  });

  it('"Download as Markdown" fetches the writer on the click and saves the domain’s Markdown of the account’s proposition', async () => {
    updateValueProposition('hsc', () => sample('en'));
    const { texts: downloads, restore } = captureDownloads();
    try {
      render(<ValuePropositionTool locale="en" />);
      await screen.findByText('Value proposition: Hospital Santa Clara');
      const button = screen.getByRole('button', { name: en.download });
      await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(button);
      await waitFor(() => expect(downloads).toHaveLength(1));
      expect(downloads[0]).toBe(
        propositionToMarkdown($valuePropositions.get()[0]!, 'Hospital Santa Clara', propositionLabels('en', 'USD')),
      );
      // Ready for the next click once the file is made.
      await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    } finally {
      restore();
    }
  });

  it('the account plan’s Markdown file and print view include the account’s proposition', async () => {
    updateValueProposition('hsc', () => sample('en'));
    const { texts: downloads, restore } = captureDownloads();
    try {
      const { container } = render(<AccountPlan locale="en" />);
      const year = new Date().getFullYear();
      fireEvent.click(await screen.findByRole('button', { name: `Create the ${year} plan` }));
      await screen.findByText(`Plan ${year} (open)`);
      // The one-page proposition is fetched when the account has one.
      await waitFor(() => {
        const section = container.querySelector('.ap-document [data-section="value-proposition"]');
        expect(section?.textContent).toContain('Value proposition: Hospital Santa Clara');
      });
      fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
      await waitFor(() => expect(downloads).toHaveLength(1));
      const plan = getAssessment('hsc', $assessments.get()).plans[0]!;
      const proposition = $valuePropositions.get()[0]!;
      expect(downloads[0]).toBe(
        `${planToMarkdown(plan, { ...markdownLabels('en'), currency: 'USD' }).trimEnd()}\n\n${propositionToMarkdown(proposition, 'Hospital Santa Clara', propositionLabels('en', 'USD'))}`,
      );
    } finally {
      restore();
    }
  });
});
