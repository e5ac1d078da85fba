// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, $portfolio, addClients, getAssessment, setKeyAccounts, setUncouplingChecks } from '../../src/state/index.ts';
import type { WriteResult } from '../../src/state/index.ts';
import { $currentAccount } from '../../src/state/session.ts';
import { TRY_KEY } from '../../src/widgets/shared/AccountPicker.tsx';
import { StatusRegion } from '../../src/widgets/shared/StatusRegion.tsx';
import type { Status } from '../../src/widgets/shared/StatusRegion.tsx';
import { useAccountTool } from '../../src/widgets/shared/useAccountTool.ts';
import type { AccountTool } from '../../src/widgets/shared/useAccountTool.ts';
import { useStored } from '../../src/widgets/shared/useStored.ts';
import { applied, writeProblem } from '../../src/widgets/shared/writeProblem.ts';

const NOT_SAVED: WriteResult = { ok: false, reason: 'not-saved', error: 'quota' };

/** A minimal tool on the hook: shows its account and status; the test drives it through `tool`. */
let tool: AccountTool;
function Probe() {
  const portfolio = useStored($portfolio);
  tool = useAccountTool({ locale: 'en', portfolio, kept: 'Kept here.' });
  return (
    <div>
      <p data-testid="account">{tool.account}</p>
      <p data-testid="name">{tool.name}</p>
      <StatusRegion locale="en" status={tool.status} />
    </div>
  );
}

describe('writeProblem', () => {
  it('is null for a saved write and one translated sentence per reason, with the tool’s words after it', () => {
    expect(writeProblem({ ok: true }, 'en', 'Kept.')).toBeNull();
    const failures: WriteResult[] = [
      { ok: false, reason: 'read-only' },
      { ok: false, reason: 'held' },
      { ok: false, reason: 'invalid' },
      { ok: false, reason: 'conflict' },
      NOT_SAVED,
    ];
    const texts = failures.map((failure) => writeProblem(failure, 'en', 'Kept.')!);
    expect(new Set(texts).size).toBe(failures.length);
    for (const text of texts) expect(text).toMatch(/^Not saved: .+\. Kept\.$/);
    expect(writeProblem(NOT_SAVED, 'pt-br')).toBe('Não salvo: o navegador recusou guardar (armazenamento cheio ou modo privado).');
  });

  it('applied: saved, or kept in memory when storage refused', () => {
    expect(applied({ ok: true })).toBe(true);
    expect(applied(NOT_SAVED)).toBe(true);
    expect(applied({ ok: false, reason: 'read-only' })).toBe(false);
  });
});

describe('StatusRegion', () => {
  afterEach(() => cleanup());

  it('keeps both live regions in the page; information is polite, an error assertive', () => {
    const { rerender } = render(<StatusRegion locale="en" status={null} />);
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('alert').getAttribute('aria-live')).toBe('assertive');
    expect(screen.getByRole('status').textContent).toBe('');
    rerender(<StatusRegion locale="en" status={{ tone: 'info', text: 'Done.' }} />);
    expect(screen.getByRole('status').textContent).toBe('Done.');
    expect(screen.getByRole('alert').textContent).toBe('');
    rerender(<StatusRegion locale="en" status={{ tone: 'error', text: 'Broken.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Broken.');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers Undo in the page language, moves focus to it, and calls it', () => {
    let undone = 0;
    const status: Status = { tone: 'info', text: 'Deleted.', undo: () => undone++ };
    render(<StatusRegion locale="pt-br" status={status} />);
    const button = screen.getByRole('button', { name: 'Desfazer' });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(undone).toBe(1);
  });

  it('gives the news focus when the used control lost it, and never takes focus from another control', () => {
    const { rerender } = render(
      <div>
        <input aria-label="Elsewhere" />
        <StatusRegion locale="en" status={null} />
      </div>,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    rerender(
      <div>
        <input aria-label="Elsewhere" />
        <StatusRegion locale="en" status={{ tone: 'info', text: 'Sample loaded.' }} />
      </div>,
    );
    expect(document.activeElement?.textContent).toBe('Sample loaded.');
    const input = screen.getByLabelText('Elsewhere');
    input.focus();
    rerender(
      <div>
        <input aria-label="Elsewhere" />
        <StatusRegion locale="en" status={{ tone: 'error', text: 'Broken.' }} />
      </div>,
    );
    expect(document.activeElement).toBe(input);
  });

  it('leaves focus where it is when asked to', () => {
    render(<StatusRegion locale="en" status={{ tone: 'info', text: 'Deleted.', undo: () => undefined }} focusUndo={false} />);
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: 'Undo' }));
  });
});

describe('useAccountTool', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
  });
  afterEach(() => cleanup());

  it('opens on the largest key account, and a choice is shared through $currentAccount and settings', async () => {
    addClients([
      { key: 'small', name: 'Small', revenue: 10 },
      { key: 'big', name: 'Big', revenue: 90 },
    ]);
    setKeyAccounts(['small', 'big'], true);
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('account').textContent).toBe('big'));
    expect(screen.getByTestId('name').textContent).toBe('Big');
    tool.choose('small');
    await waitFor(() => expect(screen.getByTestId('account').textContent).toBe('small'));
    expect($currentAccount.get()).toBe('small');
  });

  it('opens on the quick try when there is no portfolio', async () => {
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('account').textContent).toBe(TRY_KEY));
    expect(screen.getByTestId('name').textContent).toBe('Quick try (no account)');
  });

  it('report: refused → the reason as an alert and false; saved with words → information with a working undo', async () => {
    addClients([{ key: 'k', name: 'K', revenue: 1, keyAccount: true }]);
    render(<Probe />);
    let ok = tool.report({ ok: false, reason: 'read-only' }, { text: 'Cleared.', undo: () => ({ ok: true }) });
    expect(ok).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toBe(writeProblem({ ok: false, reason: 'read-only' }, 'en', 'Kept here.'));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    setUncouplingChecks('k', ['late-payments']);
    const cleared = setUncouplingChecks('k', []);
    ok = tool.report(cleared, { text: 'Cleared.', undo: (): WriteResult => setUncouplingChecks('k', ['late-payments']) });
    expect(ok).toBe(true);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Cleared.'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(getAssessment('k', $assessments.get()).uncoupling?.checked).toEqual(['late-payments']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  it('kept in memory only: the reason as an alert, the undo still offered, and true', async () => {
    render(<Probe />);
    let undone = false;
    const ok = tool.report(NOT_SAVED, { text: 'Deleted.', undo: () => ((undone = true), { ok: true }) });
    expect(ok).toBe(true);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('the browser refused to store it');
    expect(alert.textContent).toContain('Kept here.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toBe(true);
  });

  it('choosing another account drops the status and its undo', async () => {
    addClients([
      { key: 'a', name: 'A', revenue: 2, keyAccount: true },
      { key: 'b', name: 'B', revenue: 1, keyAccount: true },
    ]);
    render(<Probe />);
    tool.report({ ok: true }, { text: 'Deleted.', undo: () => ({ ok: true }) });
    await screen.findByRole('button', { name: 'Undo' });
    tool.choose('b');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
