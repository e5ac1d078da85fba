// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { DateInput, formatDateInput, readDateInput } from '../../src/widgets/shared/DateInput.tsx';

describe('reading and writing dates the page’s way', () => {
  it('writes ISO as dd/mm/aaaa on Portuguese pages and as ISO on English ones', () => {
    expect(formatDateInput('2026-03-31', 'pt-br')).toBe('31/03/2026');
    expect(formatDateInput('2026-03-31', 'en')).toBe('2026-03-31');
    expect(formatDateInput('', 'pt-br')).toBe('');
    expect(formatDateInput('2026-02-30', 'pt-br')).toBe('');
  });

  it('reads day-first on Portuguese pages, ISO on both, and eight bare digits', () => {
    expect(readDateInput('31/03/2026', 'pt-br')).toEqual({ iso: '2026-03-31' });
    expect(readDateInput('1/2/2026', 'pt-br')).toEqual({ iso: '2026-02-01' });
    expect(readDateInput('31.03.2026', 'pt-br')).toEqual({ iso: '2026-03-31' });
    expect(readDateInput('31032026', 'pt-br')).toEqual({ iso: '2026-03-31' });
    expect(readDateInput('2026-03-31', 'pt-br')).toEqual({ iso: '2026-03-31' });
    expect(readDateInput('2026-03-31', 'en')).toEqual({ iso: '2026-03-31' });
    expect(readDateInput('20260331', 'en')).toEqual({ iso: '2026-03-31' });
    expect(readDateInput('  ', 'en')).toEqual({ iso: '' });
  });

  it('says why a text is not a date: impossible day, two-digit year, or not a date at all', () => {
    expect(readDateInput('31/02/2026', 'pt-br')).toEqual({ error: 'impossible' });
    expect(readDateInput('2026-02-29', 'en')).toEqual({ error: 'impossible' });
    expect(readDateInput('2028-02-29', 'en')).toEqual({ iso: '2028-02-29' });
    expect(readDateInput('31/03/26', 'pt-br')).toEqual({ error: 'shortYear' });
    expect(readDateInput('03/31/2026', 'en')).toEqual({ error: 'notADate' });
    expect(readDateInput('amanhã', 'pt-br')).toEqual({ error: 'notADate' });
  });
});

describe('DateInput', () => {
  afterEach(() => cleanup());

  function field(locale: 'en' | 'pt-br', value: string | null, onValue = vi.fn()) {
    render(
      <label>
        {locale === 'en' ? 'Next review' : 'Próxima revisão'}
        <DateInput locale={locale} value={value} onValue={onValue} />
      </label>,
    );
    return { input: screen.getByRole('textbox') as HTMLInputElement, onValue };
  }

  it('shows the stored ISO date as dd/mm/aaaa on a Portuguese page and stores what is typed as ISO', () => {
    const { input, onValue } = field('pt-br', '2026-03-31');
    expect(input.value).toBe('31/03/2026');
    expect(input.placeholder).toBe('dd/mm/aaaa');
    fireEvent.input(input, { target: { value: '25/12/2026' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-12-25');
    fireEvent.input(input, { target: { value: '' } });
    expect(onValue).toHaveBeenLastCalledWith('');
  });

  it('never stores an impossible date and says why, keeping the field’s name clean', () => {
    const { input, onValue } = field('pt-br', null);
    fireEvent.input(input, { target: { value: '31/02/2026' } });
    expect(onValue).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('31/02/2026 não existe no calendário (esse mês não tem esse dia).');
    // The field's name is its label only: the reason is its description, not part of its name.
    expect(screen.getByRole('textbox', { name: 'Próxima revisão' })).toBe(input);
  });

  it('waits until the field is left before calling a short text wrong', () => {
    const { input } = field('en', null);
    fireEvent.input(input, { target: { value: '2026-0' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toContain('is not a date');
  });

  it('moves the date by a day with the arrow keys, across month ends', () => {
    const { input, onValue } = field('pt-br', '2026-01-31');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onValue).toHaveBeenLastCalledWith('2026-02-01');
    expect(input.value).toBe('01/02/2026');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(onValue).toHaveBeenLastCalledWith('2026-01-31');
  });
});
