// @vitest-environment happy-dom
// Its own file: the saving code (draftSaving.ts) is fetched once per page, so here it is not yet
// loaded when the plan opens.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, configure, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, addClients, getAssessment, savePlan } from '../../src/state/index.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';
import AccountPlan from '../../src/widgets/account-plan/AccountPlan.tsx';
import { prefilledPlan } from '../../src/widgets/account-plan/model.ts';
import { $currentAccount } from '../../src/state/session.ts';
import { encodeStored } from '../../src/state/persisted.ts';
import { emitStorageSignal } from '../../src/state/storage.ts';

const en = DOMAIN_TEXTS.en;
configure({ asyncUtilTimeout: 5000 });

describe('Account plan: the saving code arrives with the editor', () => {
  afterEach(() => cleanup());

  it('a plan another tab saves while the editor is still loading is the one the editor shows', async () => {
    const storage = freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'acme', name: 'Acme', revenue: 500_000, keyAccount: true }]);
    const year = new Date().getFullYear();
    const plan = prefilledPlan('en', {
      accountKey: 'acme',
      accountName: 'Acme',
      year,
      now: new Date(),
      client: undefined,
      assessment: getAssessment('acme', $assessments.get()),
    });
    savePlan(plan);
    render(<AccountPlan locale="en" />);
    // The stored plan opens on hydration; before its editor (and saving code) is here, another tab saves it.
    expect(screen.getByText(`Plan ${year} (open)`)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: en.planSections.mission.name })).toBeNull();
    const raw = JSON.parse(storage.getItem('kam:assessments')!);
    raw.data.acme.plans = [{ ...raw.data.acme.plans[0], mission: 'From the other tab', updatedAt: '2030-01-01T00:00:00.000Z' }];
    const text = encodeStored(raw.data, raw.rev + 1);
    storage.setItem('kam:assessments', text);
    act(() => emitStorageSignal({ type: 'change', key: 'kam:assessments', newValue: text }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: en.planSections.mission.name }) as HTMLTextAreaElement).value).toBe('From the other tab'),
    );
  });
});
