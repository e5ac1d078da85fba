// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { lazyComponent, lazyLoader } from '../../src/widgets/shared/useLazyComponent.ts';
import { RemoveRowButton } from '../../src/widgets/shared/RemoveRowButton.tsx';

type Props = { name: string };
const Hello = ({ name }: Props) => <p>Hello {name}</p>;

describe('lazyComponent', () => {
  afterEach(() => cleanup());

  it('shows the fallback while fetching, then the fetched component with its props, and at once on the next mount', async () => {
    const loader = lazyLoader<Props>(() => Promise.resolve(Hello));
    const Lazy = lazyComponent(loader, (failed, { name }) => <p>{failed ? 'failed' : `loading ${name}`}</p>);
    const first = render(<Lazy name="Ana" />);
    expect(first.getByText('loading Ana')).toBeTruthy();
    expect(await first.findByText('Hello Ana')).toBeTruthy();
    cleanup();
    expect(render(<Lazy name="Rui" />).getByText('Hello Rui')).toBeTruthy();
  });

  it('renders nothing by default until then, and tells the fallback when the code could not be fetched', async () => {
    const Quiet = lazyComponent(lazyLoader<Props>(() => Promise.reject(new Error('404'))));
    expect(render(<Quiet name="Ana" />).container.innerHTML).toBe('');
    const Told = lazyComponent(
      lazyLoader<Props>(() => Promise.reject(new Error('404'))),
      (failed) => <p>{failed ? 'failed' : 'loading'}</p>,
    );
    expect(await render(<Told name="Ana" />).findByText('failed')).toBeTruthy();
  });
});

describe('RemoveRowButton', () => {
  afterEach(() => cleanup());

  it('shows ✕ to the eye and names the row to a screen reader', () => {
    const { getByRole } = render(<RemoveRowButton class="mx-small" label="Remove Quality" onClick={() => undefined} />);
    const button = getByRole('button', { name: 'Remove Quality' });
    expect(button.className).toBe('button secondary mx-small');
    expect(button.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
  });
});
