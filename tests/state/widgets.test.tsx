// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $portfolio, $settings, SCHEMA_VERSION, addClients, exportBackup, updateSettings } from '../../src/state/index.ts';
import { addNotice } from '../../src/state/status.ts';
import MyData from '../../src/widgets/my-data/MyData.tsx';
import StorageNotices from '../../src/widgets/storage-notices/StorageNotices.tsx';
import { freshStorage } from './helpers.ts';

let downloads: Blob[] = [];

beforeEach(() => {
  downloads = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        downloads.push(blob);
        return 'blob:test';
      }),
      revokeObjectURL: vi.fn(),
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function chooseFile(input: HTMLElement, text: string, name = 'backup.json'): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('StorageNotices', () => {
  it('shows nothing when all is well', () => {
    freshStorage();
    render(<StorageNotices locale="en" />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"not saved" is an alert with a working "export a backup now"', async () => {
    const storage = freshStorage();
    addClients([{ key: 'a', name: 'A', revenue: 1 }]);
    storage.quota = 10;
    render(<StorageNotices locale="en" />);
    addClients([{ key: 'b', name: 'B', revenue: 1 }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved');
    expect(alert.textContent).toContain('Client portfolio');
    expect(alert.textContent).toContain('storage space for this site is full');
    fireEvent.click(within(alert).getByRole('button', { name: 'Export a backup now' }));
    await waitFor(() => expect(downloads).toHaveLength(1)); // the backup module loads on this click
    const backup = JSON.parse(await downloads[0]!.text());
    expect(backup.data.portfolio.clients.map((c: { key: string }) => c.key)).toEqual(['a', 'b']); // the unsaved edit is in the backup
  });

  it('quarantine notice offers the kept copy, in Portuguese too, and can be dismissed', async () => {
    freshStorage({ 'kam:progress': '{oops' });
    render(<StorageNotices locale="pt-br" />);
    const status = await screen.findByText('Alguns dados salvos não puderam ser lidos');
    const box = status.closest('[role="status"]') as HTMLElement;
    expect(box.textContent).toContain('Progresso no curso');
    fireEvent.click(within(box).getByRole('button', { name: 'Baixar a cópia guardada' }));
    expect(await downloads[0]!.text()).toBe('{oops');
    fireEvent.click(within(box).getByRole('button', { name: 'Fechar este aviso' }));
    await waitFor(() => expect(screen.queryByText('Alguns dados salvos não puderam ser lidos')).toBeNull());
  });

  it('a copy kept only in memory holds its store: no dismiss, download frees it, discard asks first', async () => {
    const storage = freshStorage();
    storage.setItem('kam:portfolio', 'garbage');
    storage.quota = 10;
    $portfolio.reload();
    storage.quota = null;
    render(<StorageNotices locale="en" />);
    const box = (await screen.findByText('Some saved data could not be read')).closest('[data-notice="quarantined"]') as HTMLElement;
    expect(within(box).queryByRole('button', { name: 'Dismiss this message' })).toBeNull();
    expect(addClients([{ key: 'a', name: 'A', revenue: 1 }]).result).toEqual({ ok: false, reason: 'held' });
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(within(box).getByRole('button', { name: 'Discard the copy' }));
    expect(confirm).toHaveBeenCalled();
    expect(addClients([{ key: 'a', name: 'A', revenue: 1 }]).result).toEqual({ ok: false, reason: 'held' });
    fireEvent.click(within(box).getByRole('button', { name: 'Download the kept copy' }));
    expect(await downloads[0]!.text()).toBe('garbage');
    await screen.findByText('Copy downloaded: this part can be changed again.');
    expect(addClients([{ key: 'a', name: 'A', revenue: 1 }]).result).toEqual({ ok: true });
  });

  it('read-only and conflict notices', async () => {
    freshStorage();
    render(<StorageNotices locale="en" />);
    addNotice({ kind: 'read-only', store: 'settings', key: 'kam:settings', storedVersion: 9, codeVersion: 2 });
    addNotice({ kind: 'conflict', store: 'portfolio', key: 'kam:portfolio' });
    expect(await screen.findByText('Saved by a newer version of this site')).toBeTruthy();
    expect(screen.getByText('Changed in another tab')).toBeTruthy();
  });
});

describe('MyData', () => {
  it('shows what is stored, with a plain privacy statement', async () => {
    freshStorage();
    addClients([
      { key: 'a', name: 'A', revenue: 1, keyAccount: true },
      { key: 'b', name: 'B', revenue: 2 },
    ]);
    const { container } = render(<MyData locale="en" />);
    expect(container.querySelector('[data-widget="my-data"]')).not.toBeNull();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeTruthy();
    await waitFor(() => expect(container.querySelector('[data-store="portfolio"]')!.textContent).toContain('Clients: 2 · Key accounts: 1'));
    await waitFor(() => expect(screen.getByTestId('space-used').textContent).toMatch(/uses [\d.,]+ (B|KB)/));
  });

  it('fetches the period bar once the portfolio has clients, and shows none without', async () => {
    freshStorage();
    const { container, unmount } = render(<MyData locale="en" />);
    await waitFor(() => expect(screen.getByTestId('space-used').textContent).toMatch(/uses/));
    expect(container.querySelector('[data-period-bar], .period-bar-placeholder')).toBeNull();
    unmount();

    addClients([{ key: 'a', name: 'A', revenue: 10 }]);
    render(<MyData locale="en" />);
    expect(screen.getByRole('heading', { name: 'Currency and period of your figures' })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[data-period-bar] [data-period-summary]')).not.toBeNull());
  });

  it('export → reset (confirmed) → restore (confirmed) gives identical data', async () => {
    freshStorage();
    updateSettings({ userName: 'Rita' });
    addClients([{ key: 'a', name: 'A', revenue: 10, keyAccount: true }]);
    const before = { settings: $settings.get(), portfolio: $portfolio.get() };
    render(<MyData locale="en" />);

    fireEvent.click(screen.getByRole('button', { name: 'Export a backup file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await downloads[0]!.text();
    expect(await screen.findByText(/Backup saved as kam-academy-backup-/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reset all my data…' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete all your data from this browser?'));
    expect($portfolio.get().clients).toHaveLength(1); // nothing happens before confirming
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect($portfolio.get().clients).toHaveLength(0);
    expect(await screen.findByText('All your data was deleted from this browser.')).toBeTruthy();

    chooseFile(screen.getByLabelText('Backup file (.json)'), text);
    expect(await screen.findByText('This file holds')).toBeTruthy();
    expect(screen.getByText('Clients: 1')).toBeTruthy();
    expect($portfolio.get().clients).toHaveLength(0); // nothing happens before confirming
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored. The tools now show the data from the file.')).toBeTruthy();
    expect({ settings: $settings.get(), portfolio: $portfolio.get() }).toEqual(before);
  });

  it.each([
    ['{"app":"kam-academy","schemaVersion":2,"exportedAt":"x","data":{"sett', 'This file is incomplete or damaged'],
    [JSON.stringify({ app: 'other' }), 'This is not a KAM Academy backup file'],
    [`{"app":"kam-academy","schemaVersion":${SCHEMA_VERSION + 1},"exportedAt":"x","data":{}}`, 'made by a newer version'],
  ])('refuses a bad file with a translated reason and changes nothing (%#)', async (text, message) => {
    const storage = freshStorage();
    addClients([{ key: 'a', name: 'A', revenue: 10 }]);
    const snapshot = storage.snapshot();
    render(<MyData locale="en" />);
    chooseFile(screen.getByLabelText('Backup file (.json)'), text);
    const alert = await screen.findByText(new RegExp(message));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(storage.snapshot()).toEqual(snapshot);
  });

  it('explains wrong types in Portuguese, naming the part', async () => {
    freshStorage();
    const file = JSON.parse(exportBackup());
    file.data.segments = [{ id: 1 }];
    render(<MyData locale="pt-br" />);
    chooseFile(screen.getByLabelText('Arquivo de backup (.json)'), JSON.stringify(file));
    expect(
      await screen.findByText('Uma parte deste arquivo está no formato errado (Segmentos de mercado). Nada foi alterado.'),
    ).toBeTruthy();
  });
});
