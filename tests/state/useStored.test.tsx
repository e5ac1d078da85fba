// @vitest-environment happy-dom
/**
 * The hydration pitfall of stack-notes §3: the server renders defaults, the client has saved data.
 * With `useStored` the first client render matches the server HTML and the saved state follows,
 * attributes included.
 */
import { act, waitFor } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { $settings, updateSettings } from '../../src/state/index.ts';
import { useStored } from '../../src/widgets/shared/useStored.ts';
import { freshStorage } from './helpers.ts';

function Toggle() {
  const settings = useStored($settings);
  const on = settings.numberFormat === 'en';
  return (
    <button type="button" aria-pressed={on ? 'true' : 'false'} class={on ? 'is-on' : 'is-off'}>
      {on ? 'English format' : 'Brazilian format'}
    </button>
  );
}

describe('useStored', () => {
  it('hydrates without mismatch, then shows the stored state in attributes too', async () => {
    freshStorage();
    const serverHtml = renderToString(<Toggle />); // what the static build shipped (defaults)
    expect(serverHtml).toContain('aria-pressed="false"');

    updateSettings({ numberFormat: 'en' }); // the user's saved state, present before hydration
    const root = document.createElement('div');
    root.innerHTML = serverHtml;
    document.body.append(root);
    act(() => hydrate(<Toggle />, root));

    await waitFor(() => expect(root.querySelector('button')!.getAttribute('aria-pressed')).toBe('true'));
    const button = root.querySelector('button')!;
    expect(button.className).toBe('is-on');
    expect(button.textContent).toBe('English format');

    // …and it follows later changes.
    act(() => {
      updateSettings({ numberFormat: 'pt-BR' });
    });
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    root.remove();
  });
});
