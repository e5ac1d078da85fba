// @vitest-environment happy-dom
// The participant's side of the class results: "export my workshop results" and "load the sample company".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { freshStorage } from '../state/helpers.ts';
import {
  $assessments,
  $portfolio,
  $progress,
  addClients,
  enterDemoWorkspace,
  isDemoWorkspace,
  saveDiagnosis,
  saveQuizResult,
  setKeyAccounts,
  setUncouplingChecks,
} from '../../src/state/index.ts';
import { parseWorkshopResults } from '../../src/state/workshopResults.ts';

const downloads: { fileName: string; text: string }[] = [];
vi.mock('../../src/widgets/shared/download.ts', () => ({
  downloadTextFile: (file: { fileName: string; text: string }) => {
    downloads.push(file);
    return true;
  },
}));

const { default: WorkshopResults } = await import('../../src/widgets/workshop/WorkshopResults.tsx');
const { default: SampleLoader } = await import('../../src/widgets/workshop/SampleLoader.tsx');

const LESSONS = [{ id: 'what-is-kam', title: 'What is KAM' }];
const CSV = 'Código;Cliente;Valor\nCLI-1038;Rede Boa Compra;1.260.000,00\nCLI-1007;Hospital Santa Clara;840.000,00\n';

describe('WorkshopResults (export)', () => {
  beforeEach(() => {
    freshStorage();
    downloads.length = 0;
  });
  afterEach(() => cleanup());

  it('server-renders its root with the export button', () => {
    const html = renderToString(<WorkshopResults locale="en" lessons={LESSONS} />);
    expect(html).toContain('data-widget="workshop-results"');
    expect(html).toContain('Export my workshop results');
  });

  it('asks for a name, then exports a valid file built from the stores', async () => {
    addClients([{ key: 'CLI-1038', name: 'Rede Boa Compra', revenue: 10 }]);
    saveQuizResult('what-is-kam', { score: 3, total: 5, answers: {} });
    saveDiagnosis('CLI-1038', { answers: {}, signals: [], stage: 'early' });
    setUncouplingChecks('CLI-1038', ['single-point-of-contact']);
    render(<WorkshopResults locale="en" lessons={LESSONS} />);
    await waitFor(() => expect(document.querySelector('[data-count="diagnoses"]')!.textContent).toBe('Stage diagnoses: 1'));
    expect(document.querySelector('[data-count="quizzes"]')!.textContent).toContain('Quiz results: 1');
    expect(document.querySelector('[data-count="uncoupling"]')!.textContent).toBe('Uncoupling checklists: 1');

    fireEvent.click(screen.getByRole('button', { name: 'Export my workshop results' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Type your name first/);
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true');
    expect(downloads).toHaveLength(0);

    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Ana Souza' } });
    expect($progress.get().learnerName).toBe('Ana Souza');
    fireEvent.input(screen.getByLabelText('Your group (optional)'), { target: { value: 'Table 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export my workshop results' }));
    await waitFor(() => expect(downloads).toHaveLength(1)); // the download helper loads on the click
    expect(downloads[0]!.fileName).toMatch(/^workshop-results-ana-souza-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseWorkshopResults(downloads[0]!.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.results).toMatchObject({
      participant: 'Ana Souza',
      group: 'Table 2',
      locale: 'en',
      quizzes: { 'what-is-kam': { score: 3, total: 5 } },
    });
    expect(parsed.results.diagnoses).toEqual([{ account: 'CLI-1038', name: 'Rede Boa Compra', stage: 'early' }]);
    expect(screen.getByText(/Hand this file to your facilitator/)).toBeTruthy();
  });
});

describe('SampleLoader', () => {
  beforeEach(() => {
    freshStorage();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new TextEncoder().encode(CSV))),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('loads at once into an empty browser', async () => {
    const { container } = render(<SampleLoader locale="en" />);
    expect(container.querySelector('[data-widget="workshop-sample"]')).not.toBeNull();
    fireEvent.click(container.querySelector('[data-action="load-sample"]')!);
    await screen.findByText(/Distribuidora Horizonte is loaded: 2 clients/);
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['CLI-1038', 'CLI-1007']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('loads into the demo workspace at once when the browser holds the user’s own data, which stays byte-identical', async () => {
    const storage = freshStorage();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new TextEncoder().encode(CSV))),
    );
    addClients([{ key: 'MINE1', name: 'My client', revenue: 5, keyAccount: true }]);
    saveDiagnosis('MINE1', { answers: {}, signals: [], stage: 'mid' });
    const realBefore = storage.snapshot();
    const { container } = render(<SampleLoader locale="en" />);
    fireEvent.click(container.querySelector('[data-action="load-sample"]')!);
    expect(container.querySelector('[data-confirm="load-sample"]')).toBeNull();
    await screen.findByText(/Distribuidora Horizonte is loaded: 2 clients/);
    expect(isDemoWorkspace()).toBe(true);
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['CLI-1038', 'CLI-1007']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    const real = Object.fromEntries(Object.entries(storage.snapshot()).filter(([k]) => !k.startsWith('kam:demo:')));
    expect(real).toEqual(realBefore);
  });

  it('in the demo, confirms with a summary before replacing the sample work, can clear assessments, and undoes exactly', async () => {
    enterDemoWorkspace();
    addClients([
      { key: 'MINE1', name: 'My client', revenue: 5 },
      { key: 'MINE2', name: 'Other client', revenue: 3 },
    ]);
    setKeyAccounts(['MINE1'], true);
    saveDiagnosis('MINE1', { answers: {}, signals: [], stage: 'mid' });
    const before = { portfolio: $portfolio.get(), assessments: $assessments.get() };
    const { container } = render(<SampleLoader locale="pt-br" />);
    await waitFor(() => expect(container.querySelector('[data-action="load-sample"]')!.getAttribute('aria-expanded')).toBe('false'));
    fireEvent.click(container.querySelector('[data-action="load-sample"]')!);
    const confirm = container.querySelector('[data-confirm="load-sample"]')!;
    expect(confirm.textContent).toContain('2 clientes, 1 marcado como cliente-chave');
    expect(confirm.textContent).toContain('para 1 conta.');
    expect(document.activeElement).toBe(confirm);
    // Cancel changes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect($portfolio.get()).toEqual(before.portfolio);

    fireEvent.click(container.querySelector('[data-action="load-sample"]')!);
    fireEvent.click(screen.getByLabelText(/Apagar também/));
    fireEvent.click(screen.getByRole('button', { name: 'Substituir pela empresa-exemplo' }));
    await screen.findByText(/A Distribuidora Horizonte foi carregada: 2 clientes/);
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['CLI-1038', 'CLI-1007']);
    expect($assessments.get()).toEqual({});

    fireEvent.click(screen.getByRole('button', { name: 'Desfazer' }));
    expect(screen.getByText('Seu trabalho anterior no exemplo voltou.')).toBeTruthy();
    expect($portfolio.get()).toEqual(before.portfolio);
    expect($assessments.get()).toEqual(before.assessments);
  });

  it('explains a failure to load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404 })),
    );
    const { container } = render(<SampleLoader locale="en" />);
    fireEvent.click(container.querySelector('[data-action="load-sample"]')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded .*open this page once while online/);
    expect($portfolio.get().clients).toEqual([]);
  });
});
