// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $segments, enterDemoWorkspace, leaveDemoWorkspace, replacePortfolio, setSegments } from '../../src/state/index.ts';
import { dpmPoints } from '../../src/domain/index.ts';
import { formatMoney, formatNumber } from '../../src/i18n/format.ts';
import Dpm from '../../src/widgets/dpm/Dpm.tsx';
import { sampleSegments } from '../../src/samples/dpmSample.ts';
import { LATER as DPM_LATER } from '../../src/widgets/dpm/laterStrings.ts';

const tableRows = () => [...document.querySelectorAll('.chart-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('Directional policy matrix widget', () => {
  beforeEach(() => {
    freshStorage();
    replacePortfolio({ clients: [{ key: 'x', name: 'X', revenue: 10, keyAccount: true }], monthlySales: [] });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('loads the sample distributor’s five segments from the empty state, into the demo workspace', async () => {
    const storage = freshStorage();
    replacePortfolio({ clients: [{ key: 'mine', name: 'Mine', revenue: 10, keyAccount: true }], monthlySales: [] });
    const realBefore = storage.snapshot();
    // The demo already holds a portfolio (no fetch needed); the user's own stays as it is.
    enterDemoWorkspace();
    replacePortfolio({ clients: [{ key: 'x', name: 'X', revenue: 10, keyAccount: true }], monthlySales: [] });
    leaveDemoWorkspace();
    render(<Dpm locale="pt-br" />);
    const button = await screen.findByRole('button', { name: 'Carregar dados de exemplo' });
    expect(button.getAttribute('data-action')).toBe('load-sample');
    fireEvent.click(button);
    await screen.findByText('Exemplo carregado: 5 segmentos.');
    expect($segments.get().map((s) => s.name)).toEqual(['Restaurantes', 'Hotéis', 'Hospitais', 'Supermercados', 'Escolas']);
    const real = Object.fromEntries(Object.entries(storage.snapshot()).filter(([k]) => !k.startsWith('kam:demo:')));
    expect(real).toEqual(realBefore);
  });

  it('shows a table behind the chart equal to dpmPoints', async () => {
    setSegments(sampleSegments(DPM_LATER.en));
    render(<Dpm locale="en" />);
    await waitFor(() => expect(tableRows()).toHaveLength(5));
    const result = dpmPoints($segments.get());
    if (!result.ok) throw new Error('sample invalid');
    const dir = { improving: 'Improving', stable: 'Stable', declining: 'Declining' };
    expect(tableRows().map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[10]])).toEqual(
      result.points.map((p) => [
        p.name,
        formatMoney('en', p.now.revenue),
        formatMoney('en', p.future.revenue),
        formatNumber('en', p.now.attractiveness, 2),
        formatNumber('en', p.now.strength, 2),
        formatNumber('en', p.future.attractiveness, 2),
        formatNumber('en', p.future.strength, 2),
        dir[p.direction],
      ]),
    );
    expect(result.points.find((p) => p.name === 'Hospitals')!.direction).toBe('improving');
    expect(document.querySelectorAll('.mx-points li[tabindex="0"]')).toHaveLength(5);
    expect(document.querySelector('figcaption p')!.textContent).toContain('5 segments');
  });

  it('removes a segment with undo, back in its place', async () => {
    setSegments(sampleSegments(DPM_LATER.en));
    render(<Dpm locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove “Hospitals”' }));
    expect($segments.get().map((s) => s.name)).toEqual(['Restaurants', 'Hotels', 'Supermarkets', 'Schools']);
    await screen.findByText('Removed “Hospitals”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect($segments.get().map((s) => s.name)).toEqual(['Restaurants', 'Hotels', 'Hospitals', 'Supermarkets', 'Schools']);
    await waitFor(() => expect(tableRows()).toHaveLength(5));
  });

  it('adds and edits a segment, refusing a score outside 0–10', async () => {
    render(<Dpm locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a segment' }));
    await waitFor(() => expect($segments.get()).toHaveLength(1));
    const id = $segments.get()[0]!.id;
    fireEvent.input(await screen.findByLabelText('Segment 1: name'), { target: { value: 'Clinics' } });
    fireEvent.input(await screen.findByLabelText('Clinics: Revenue now'), { target: { value: '250000' } });
    fireEvent.input(screen.getByLabelText('Clinics: Attractiveness in 3 years'), { target: { value: '11' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Scores go from 0 to 10: “Clinics”, Attractiveness in 3 years.');
    expect($segments.get()[0]).toMatchObject({ id, name: 'Clinics', revenueNow: 250000, attractivenessIn3Years: 5 });
  });

  it('shows the empty DPM whole without the segments’ part, and keeps the undo line after the last segment goes', async () => {
    render(<Dpm locale="en" />);
    expect(screen.getByRole('button', { name: 'Add a segment' })).toBeTruthy();
    expect(document.querySelector('figcaption p')!.textContent).toContain('No segment yet, so the matrix is empty.');
    expect(tableRows()).toHaveLength(0);
    expect(screen.queryByText('Loading your segments…')).toBeNull();
    setSegments([sampleSegments(DPM_LATER.en)[0]!]);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove “Restaurants”' }, { timeout: 5000 }));
    await screen.findByText('Removed “Restaurants”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(tableRows()).toHaveLength(1));
  });

  it('exports a formula-safe CSV', async () => {
    setSegments([{ ...sampleSegments(DPM_LATER.en)[0]!, name: '=cmd' }]);
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<Dpm locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download the segments table (CSV)' }));
    // The CSV writer loads on the first export.
    await vi.waitFor(() => expect(blob).toBeDefined());
    const text = await blob!.text();
    expect(text).toContain("'=cmd");
    expect(text).not.toMatch(/(^|[;,\n])=cmd/);
  });
});
