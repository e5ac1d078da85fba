// @vitest-environment happy-dom
/**
 * A matrix tool fetches the words for a refused write on the first refusal. When that code cannot be
 * fetched (a site update removed it, or the connection dropped), the refusal and its reason are
 * still said, from the common dictionary the page already has.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { envelope, freshStorage } from '../state/helpers.ts';
import COMMON_EN from '../../src/i18n/common.en.ts';
import COMMON_PT from '../../src/i18n/common.pt-br.ts';

vi.mock('../../src/widgets/shared/writeProblem.ts', () => {
  throw new Error('chunk missing');
});

const { default: Dpm } = await import('../../src/widgets/dpm/Dpm.tsx');

describe('a refused write in a matrix tool, its words not fetchable', () => {
  afterEach(cleanup);

  it.each([
    ['en', COMMON_EN],
    ['pt-br', COMMON_PT],
  ] as const)('still says why it was not saved (%s)', async (locale, common) => {
    // A copy from a newer version of the site makes the segments read-only.
    freshStorage({ 'kam:segments': envelope([], 99) });
    render(<Dpm locale={locale} />);
    fireEvent.click(await screen.findByRole('button', { name: locale === 'en' ? 'Add a segment' : 'Adicionar segmento' }));
    const expected = common.notSaved.replace('{reason}', common['reason.read-only']);
    expect(await screen.findByText(expected)).toBeTruthy();
  });
});
