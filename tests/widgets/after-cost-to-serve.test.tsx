// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { AfterCostToServe } from '../../src/widgets/shared/AfterCostToServe.tsx';
import { EDITOR_STRINGS as PLAN } from '../../src/widgets/account-plan/editorStrings.ts';
import { STRINGS as DASHBOARD } from '../../src/widgets/dashboard/strings.ts';

describe('the margin after cost to serve (plan and dashboard)', () => {
  afterEach(() => cleanup());

  it('says the margin in the data’s currency and its share of revenue, in the plan’s words', () => {
    const { container } = render(
      <AfterCostToServe locale="pt-br" text={PLAN['pt-br'].afterCostToServe} value={{ profit: 123456.78, pct: 18.25 }} currency="BRL" />,
    );
    expect(container.textContent).toContain('R$\u00a0123.457');
    expect(container.textContent).toContain('18,3%');
  });

  it('shows a dash, not a made-up percent, when there is no revenue', () => {
    const { container } = render(
      <AfterCostToServe locale="en" text={DASHBOARD.en.afterCostToServe} value={{ profit: -500, pct: null }} currency="USD" />,
    );
    expect(container.textContent).toContain('-$500 (');
    expect(container.textContent).toContain('(— of their revenue');
  });
});
