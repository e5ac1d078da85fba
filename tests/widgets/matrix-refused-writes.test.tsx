// @vitest-environment happy-dom
/**
 * The matrix tools put a refused write into words the way every tool does (`writeProblem`): the
 * reason, not a generic "refused". The store is made read-only by a copy from a newer version of the site.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { envelope, freshStorage } from '../state/helpers.ts';
import { defaultMatrixConfig, replacePortfolio } from '../../src/state/index.ts';
import { writeProblem } from '../../src/widgets/shared/writeProblem.ts';
import ClassificationMatrix from '../../src/widgets/classification-matrix/ClassificationMatrix.tsx';
import FitCost from '../../src/widgets/fit-cost/FitCost.tsx';
import Dpm from '../../src/widgets/dpm/Dpm.tsx';

const NEWER = 99;
const readOnlyText = (locale: 'en' | 'pt-br') => writeProblem({ ok: false, reason: 'read-only' }, locale);

function readOnly(store: string, data: unknown) {
  freshStorage({ [`kam:${store}`]: envelope(data, NEWER) });
  replacePortfolio({ clients: [{ key: 'c', name: 'Casa Leste', revenue: 10, keyAccount: false }], monthlySales: [] });
}

describe('a refused write in the matrix tools', () => {
  afterEach(cleanup);

  it('classification matrix: restoring the criteria says why it was not saved', async () => {
    readOnly('matrixConfig', defaultMatrixConfig());
    render(<ClassificationMatrix locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore the default criteria' }));
    expect((await screen.findByText(readOnlyText('en') ?? '')).textContent).toContain('newer version of the site');
  });

  it('fit vs cost: a capacity the settings cannot store says why, in Portuguese too', async () => {
    readOnly('settings', {});
    render(<FitCost locale="pt-br" />);
    fireEvent.input(await screen.findByLabelText('Clientes-chave que a equipe consegue gerenciar'), { target: { value: '3' } });
    expect((await screen.findByText(readOnlyText('pt-br') ?? '')).textContent).toMatch(/^Não salvo: /);
  });

  it('DPM: adding a segment to a read-only list says why', async () => {
    readOnly('segments', []);
    render(<Dpm locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a segment' }));
    expect(await screen.findByText(readOnlyText('en') ?? '')).toBeTruthy();
  });
});
