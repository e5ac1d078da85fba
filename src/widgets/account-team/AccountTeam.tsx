/**
 * Account team: for one key account, who works it on our side (the key account manager, the
 * executive sponsor, functional counterparts) and who is R, A, C and I for each recurring decision;
 * what the team lacks, read by the domain (readAccountTeam, with the roles of the account's buying
 * centre as stored by the buying-centre tool); and the workload of every manager across the key
 * accounts (teamWorkload, against the tool's per-manager limit and the team capacity of
 * `$settings`). Edits autosave through `updateAccountTeam`; removing someone can be undone. Account
 * choice, status and the sample button: `useAccountTool`. The RACI prints on its own.
 */
import { useId } from 'preact/hooks';
import { readAccountTeam, teamWorkload, withoutMember } from '../../domain/index.ts';
import type { TeamMember } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { lazyImport } from '../../scripts/lazyImport';
import type { Locale } from '../../i18n/locales';
import {
  $accountTeams,
  $buyingCentres,
  $portfolio,
  $settings,
  getAccountTeam,
  getBuyingCentre,
  keyAccounts,
  restoreAccountTeam,
  setAccountsPerManager,
  updateAccountTeam,
} from '../../state/index';
import { AccountToolHead } from '../shared/AccountToolbar';
import { PrintButton } from '../shared/PrintButton';
import { useAccountTool } from '../shared/useAccountTool';
import { useDataCurrency } from '../shared/useDataCurrency';
import { useStored } from '../shared/useStored';
import { MembersEditor, RaciGrid } from './TeamEditor';
import type { Lists } from './TeamEditor';
import { Reading, WorkloadView } from './TeamReading';
import { STRINGS } from './strings';
import './AccountTeam.css';

export default function AccountTeamTool({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($accountTeams);
  const centres = useStored($buyingCentres);
  const settings = useStored($settings);
  const { currency } = useDataCurrency(locale);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const team = getAccountTeam(account, all);
  const buyingRoles = getBuyingCentre(account, centres)
    .people.filter((p) => p.name.trim() !== '')
    .flatMap((p) => p.roles);
  const reading = readAccountTeam(team, buyingRoles);
  const keys = keyAccounts(portfolio).map((c) => ({ key: c.key, name: c.name, revenue: c.revenue }));
  const workload = teamWorkload({
    teams: all.teams,
    keyAccounts: keys,
    perManager: all.perManager,
    teamCapacity: settings.keyAccountCapacity,
  });

  const change = (fn: (current: Lists) => Lists) => tool.reportEdit(updateAccountTeam(account, fn));

  function remove(member: TeamMember) {
    const key = account;
    const before = $accountTeams.get().teams.find((x) => x.accountKey === key);
    tool.report(
      updateAccountTeam(key, (c) => withoutMember(c, member.id)),
      { text: fill(t.memberRemoved, { name: member.name.trim() || t.unnamed }), undo: () => restoreAccountTeam(key, before) },
    );
  }

  function loadSample() {
    const unnamed = { 'technical-advisor': t['staff.technical-advisor'], 'logistics-coordinator': t['staff.logistics-coordinator'] };
    tool.seedSample('team', {
      load: () => lazyImport(() => import('../../samples/accountTeamSample')),
      entries: (module, ready) => module.sampleTeamsFor(ready.accounts, unnamed).map(({ key, team }) => ({ key, value: team })),
      has: (key) => $accountTeams.get().teams.some((x) => x.accountKey === key),
      write: (key, sample) => updateAccountTeam(key, () => sample),
      readyText: (account) => fill(t.sampleReady, { account }),
    });
  }

  return (
    <section class="account-team" data-widget="account-team" aria-labelledby={`${uid}-title`}>
      <AccountToolHead locale={locale} tool={tool} uid={uid} t={t} titleClass="at-title" onLoadSample={loadSample}>
        <PrintButton locale={locale}>{t.print}</PrintButton>
      </AccountToolHead>
      <MembersEditor t={t} uid={uid} team={team} onChange={change} onRemove={remove} />
      <RaciGrid t={t} uid={uid} name={name} team={team} onChange={change} />
      <Reading locale={locale} t={t} uid={uid} reading={reading} />
      <WorkloadView
        locale={locale}
        t={t}
        uid={uid}
        workload={workload}
        currency={currency}
        onLimit={(n) => tool.report(setAccountsPerManager(n))}
      />
    </section>
  );
}
