// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import ClassResults from '../../src/widgets/class-results/ClassResults.tsx';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';

const LESSONS = [
  { id: 'what-is-kam', title: 'What is KAM' },
  { id: 'relationship-stages', title: 'The six stages' },
];
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/workshop', name), 'utf8');
const file = (name: string, text = fixture(name)) => new File([text], name, { type: 'application/json' });

function choose(files: File[]): void {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const tableRows = (name: string) =>
  [...document.querySelectorAll(`table[data-table="${name}"] tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));

describe('ClassResults', () => {
  afterEach(() => cleanup());

  it('renders its root and an empty state on the server', () => {
    const html = renderToString(<ClassResults locale="en" lessons={LESSONS} />);
    expect(html).toContain('data-widget="class-results"');
    expect(html).toContain('No results yet');
  });

  it('imports several files, lists bad ones with the reason, and aggregates the rest', async () => {
    render(<ClassResults locale="en" lessons={LESSONS} />);
    choose([file('ana.json'), file('bruno.json'), file('broken.json'), file('backup.json'), file('hostile.json'), file('empty.json', '')]);
    await screen.findByText('2 files imported, 4 rejected, 0 duplicates.');
    expect(document.querySelector('[data-participants]')!.textContent).toBe('2 participants in 2 groups.');
    const rejected = tableRows('rejected');
    expect(rejected.map((r) => r[0])).toEqual(['broken.json', 'backup.json', 'hostile.json', 'empty.json']);
    expect(rejected[0]![1]).toMatch(/not readable JSON/);
    expect(rejected[1]![1]).toMatch(/full backup/);
    expect(rejected[2]![1]).toMatch(/unsafe content/);
    expect(rejected[3]![1]).toMatch(/empty/);

    // Quiz table inside the chart figure: average, min, max of 4/5 and 2/5 for lesson 1.
    const quizTable = [...document.querySelectorAll('[data-section="quizzes"] table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(quizTable).toEqual([
      ['What is KAM', '2', '60%', '40%', '80%'],
      ['The six stages', '1', '83%', '83%', '83%'],
    ]);

    // Stage distribution: Rede Boa Compra: one Early-KAM, one Mid-KAM, no majority.
    const t = DOMAIN_TEXTS.en;
    const stageRow = document.querySelector('table[data-table="stages"] tr[data-account="CLI-1038"]')!;
    expect(stageRow.querySelector('[data-stage="early"]')!.textContent).toBe('1');
    expect(stageRow.querySelector('[data-stage="mid"]')!.textContent).toBe('1');
    expect(stageRow.lastElementChild!.textContent).toBe('No majority (tie)');
    const santaClara = document.querySelector('table[data-table="stages"] tr[data-account="CLI-1007"]')!;
    expect(santaClara.lastElementChild!.textContent).toBe(t.stages.mid.name);

    // Causes: key personnel change ticked in both checklists.
    const causes = [...document.querySelectorAll('[data-section="causes"] figure table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(causes[0]).toEqual([t.causes['key-personnel-change'].name, '2', '100%', '3']);
    expect(tableRows('indicators')[0]).toEqual([t.indicators['single-point-of-contact'], t.causes['key-personnel-change'].name, '2']);

    // Matrix: two placements of Rede Boa Compra, averaged.
    expect(tableRows('matrix')).toEqual([
      ['Rede Boa Compra', '2', '6.80', '5.65', `${t.quadrants.strategic.name}: 1 · ${t.quadrants.star.name}: 1`],
    ]);
  });

  it('counts a participant once when the same file is dropped twice, and keeps the newer export', async () => {
    render(<ClassResults locale="en" lessons={LESSONS} />);
    const zone = document.querySelector('[data-dropzone]')!;
    fireEvent.drop(zone, { dataTransfer: { files: [file('ana.json'), file('bruno.json')] } });
    await screen.findByText('2 files imported, 0 rejected, 0 duplicates.');
    const newer = JSON.parse(fixture('ana.json'));
    newer.exportedAt = '2026-03-10T17:00:00.000Z';
    newer.quizzes['what-is-kam'].score = 5;
    fireEvent.drop(zone, {
      dataTransfer: { files: [file('ana copy.json', fixture('ana.json')), file('ana-final.json', JSON.stringify(newer))] },
    });
    await screen.findByText('1 file imported, 0 rejected, 2 duplicates.');
    expect(document.querySelector('[data-participants]')!.textContent).toBe('2 participants in 2 groups.');
    expect(tableRows('duplicates').map((r) => r[0])).toEqual(['ana copy.json', 'ana.json']);
    const quizRow = document.querySelector('[data-section="quizzes"] table tbody tr')!;
    expect([...quizRow.children].map((c) => c.textContent)).toEqual(['What is KAM', '2', '70%', '40%', '100%']);
  });

  it('clears everything with undo', async () => {
    render(<ClassResults locale="pt-br" lessons={LESSONS} />);
    choose([file('ana.json'), file('bruno.json')]);
    await screen.findByText('2 arquivos importados, 0 recusado, 0 duplicado.');
    fireEvent.click(screen.getByRole('button', { name: 'Limpar todos os resultados' }));
    expect(screen.getByText('Todos os resultados foram apagados.')).toBeTruthy();
    expect(document.querySelector('[data-participants]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Desfazer' }));
    await waitFor(() => expect(document.querySelector('[data-participants]')!.textContent).toBe('2 participantes em 2 grupos.'));
  });

  it('shows user text as text, never as markup', async () => {
    render(<ClassResults locale="en" lessons={LESSONS} />);
    const evil = JSON.parse(fixture('ana.json'));
    evil.participant = '<img src=x onerror="window.__pwned=1">';
    evil.diagnoses[0].name = '<b>bold</b>';
    choose([file('evil.json', JSON.stringify(evil))]);
    await screen.findByText('1 file imported, 0 rejected, 0 duplicates.');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('table[data-table="stages"] b')).toBeNull();
    expect(document.body.textContent).toContain('<b>bold</b>');
  });
});
