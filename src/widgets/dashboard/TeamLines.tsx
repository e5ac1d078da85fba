/**
 * The account team's lines on the dashboard: a key account with no executive sponsor, or whose
 * manager carries more key accounts than the account-team tool's per-manager limit. The rule is the
 * domain's (`teamDashboardLines`); only accounts with a team recorded are read, so a user who never
 * opened the tool sees nothing here.
 */
import { teamDashboardLines, teamWorkload } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { $accountTeams, $settings } from '../../state/index';
import { useStored } from '../shared/useStored';
import { LINE_STRINGS } from './lineStrings';

export function TeamLines({ locale, rows }: { locale: Locale; rows: readonly { key: string; name: string; revenue: number }[] }) {
  const s = LINE_STRINGS[locale];
  const teams = useStored($accountTeams);
  const settings = useStored($settings);
  if (teams.teams.length === 0) return null;
  const accounts = rows.map((r) => ({ key: r.key, name: r.name, revenue: r.revenue }));
  const workload = teamWorkload({
    teams: teams.teams,
    keyAccounts: accounts,
    perManager: teams.perManager,
    teamCapacity: settings.keyAccountCapacity,
  });
  const lines = teamDashboardLines(workload, teams.teams, accounts);
  if (lines.length === 0) return null;
  const list = new Intl.ListFormat(locale === 'pt-br' ? 'pt-BR' : 'en', { type: 'conjunction' });
  return (
    <section class="db-next" data-account-team>
      <h2>{s.teamTitle}</h2>
      <ul>
        {lines.map((l) => (
          <li key={l.key} data-account={l.key}>
            <a href={`${localePath(locale, 'tools/account-team')}?account=${encodeURIComponent(l.key)}`}>{l.name}</a>
            {': '}
            {[
              ...(l.noSponsor ? [s.teamNoSponsor] : []),
              ...(l.overManagers.length > 0
                ? [fill(s.teamOverManager, { list: list.format(l.overManagers), limit: teams.perManager })]
                : []),
            ].join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
