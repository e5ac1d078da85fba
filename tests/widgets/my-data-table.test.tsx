// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { DEFAULT_ATTRACTIVENESS_CRITERIA, DEFAULT_STRENGTH_CRITERIA } from '../../src/domain/defaultCriteria.ts';
import { addClients, markLessonRead, storageUsage } from '../../src/state/index.ts';
import type { StoreName } from '../../src/state/index.ts';
import { STORE_LABELS } from '../../src/widgets/shared/storeNameStrings.ts';
import MyData from '../../src/widgets/my-data/MyData.tsx';
import { StoreTable } from '../../src/widgets/my-data/StoreTable.tsx';
import { DEFAULT_CRITERIA_COUNT } from '../../src/widgets/my-data/tableView.tsx';
import { MY_DATA_STRINGS } from '../../src/widgets/my-data/strings.ts';

const tableText = (root: ParentNode) =>
  [...root.querySelectorAll('.my-data__table tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' | '));

describe('My data: the table of what is stored', () => {
  afterEach(() => cleanup());

  it('the empty browser’s table says what the stores say with nothing stored, in both languages', () => {
    expect(DEFAULT_CRITERIA_COUNT).toBe(DEFAULT_ATTRACTIVENESS_CRITERIA.length + DEFAULT_STRENGTH_CRITERIA.length);
    for (const locale of ['en', 'pt-br'] as const) {
      freshStorage();
      const page = render(<MyData locale={locale} />);
      const empty = tableText(page.container);
      expect(empty).toHaveLength(13);
      cleanup();
      const t = MY_DATA_STRINGS[locale];
      const full = render(
        <StoreTable locale={locale} t={t} storeLabel={(n: StoreName) => STORE_LABELS[locale][n]} usage={storageUsage()} />,
      );
      expect(tableText(full.container)).toEqual(empty);
      cleanup();
    }
  });

  it('with something stored, the stores’ table is fetched and shows it: counts, sizes, saved dates', async () => {
    freshStorage();
    addClients([{ key: 'a', name: 'A', revenue: 1, keyAccount: true }]);
    const { container } = render(<MyData locale="en" />);
    await waitFor(() => expect(container.querySelector('[data-store="portfolio"]')!.textContent).toContain('Clients: 1 · Key accounts: 1'));
    expect(container.querySelector('.my-data__table')!.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('[data-store="portfolio"] td.num')!.textContent).toMatch(/\d B|KB/);
    expect(screen.getAllByText('Not saved yet').length).toBeLessThan(12);
  });

  it('a first thing stored by another tab while the page is open brings the stores’ table', async () => {
    const storage = freshStorage();
    const { container } = render(<MyData locale="en" />);
    await waitFor(() => expect(screen.getByTestId('space-used').textContent).toMatch(/uses/));
    const lessons = () => container.querySelector('[data-store="progress"]')!.textContent;
    expect(lessons()).toContain('Lessons read: 0');
    // The other tab's write: the stored value changes, then this page hears of it.
    markLessonRead('key-accounts');
    window.dispatchEvent(new StorageEvent('storage', { key: 'kam:progress', newValue: storage.getItem('kam:progress') }));
    await waitFor(() => expect(lessons()).toContain('Lessons read: 1'));
  });
});
