// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { PrintButton } from '../../src/widgets/shared/PrintButton.tsx';

// happy-dom has no window.print: each test puts its own in place.
function stubPrint(impl: () => void = () => undefined) {
  const print = vi.fn(impl);
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
  return print;
}

describe('the print button', () => {
  afterEach(() => cleanup());

  it('prints, and says nothing when printing starts', () => {
    const print = stubPrint();
    const { getByRole, queryByRole } = render(<PrintButton locale="en">Print</PrintButton>);
    fireEvent.click(getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(queryByRole('alert')).toBeNull();
  });

  it('says so in the page’s language when the browser refuses, and undoes what it prepared', async () => {
    stubPrint(() => {
      throw new Error('printing is disabled by policy');
    });
    const undo = vi.fn();
    const prepare = vi.fn(() => undo);
    const { getByRole } = render(
      <PrintButton locale="pt-br" onPrint={prepare}>
        Imprimir
      </PrintButton>,
    );
    fireEvent.click(getByRole('button', { name: 'Imprimir' }));
    expect(prepare).toHaveBeenCalledOnce();
    expect(undo).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(getByRole('alert').textContent).toBe(
        'Não foi possível imprimir a página (printing is disabled by policy). Use o comando Imprimir do próprio navegador (Ctrl+P, ou ⌘P no Mac).',
      ),
    );
  });

  it('clears the message when a later attempt works', async () => {
    const print = stubPrint(() => {
      throw new Error('busy');
    });
    const { getByRole, queryByRole } = render(<PrintButton locale="en">Print</PrintButton>);
    fireEvent.click(getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(getByRole('alert').textContent).toContain('(busy)'));
    print.mockImplementation(() => undefined);
    fireEvent.click(getByRole('button', { name: 'Print' }));
    expect(queryByRole('alert')).toBeNull();
  });
});
