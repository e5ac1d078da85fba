/**
 * What the tool reads, in words: the open account's gaps and RACI problems (domain: readAccountTeam),
 * and the workload of every key account manager across the key accounts (domain: teamWorkload), as a
 * table. No chart: a count per manager and a share read better as numbers than as bars. The
 * per-manager limit is the tool's own setting; the team capacity is the fit-and-cost tool's.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_ACCOUNTS_PER_MANAGER } from '../../domain/index.ts';
import type { AccountTeamReading, TeamGap, Workload } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { formatMoney, formatPercent } from '../../i18n/format';
import { BCP47 } from '../../i18n/locales';
import type { Dictionary, Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import type en from './strings.en';
import { TableHead } from '../shared/TableHead';

type T = Dictionary<typeof en>;

export const listOf = (locale: Locale, items: readonly string[]): string =>
  new Intl.ListFormat(BCP47[locale], { type: 'conjunction' }).format(items);

export function Reading({ locale, t, uid, reading }: { locale: Locale; t: T; uid: string; reading: AccountTeamReading }) {
  const gapText = (g: TeamGap): string => {
    switch (g.code) {
      case 'no-kam':
      case 'no-sponsor':
        return t[`gap.${g.code}`];
      case 'several-kam':
        return fill(t['gap.several-kam'], { list: listOf(locale, g.names) });
      case 'kam-is-sponsor':
        return fill(t['gap.kam-is-sponsor'], { name: g.name });
      case 'no-counterpart':
        return fill(t['gap.no-counterpart'], {
          role: g.buyingRole === 'technical' ? t['buyingRole.technical'] : t['buyingRole.user'],
          list: new Intl.ListFormat(BCP47[locale], { type: 'disjunction' }).format(
            g.functions.map((f) => t[`function.${f}`].toLocaleLowerCase(BCP47[locale])),
          ),
        });
    }
  };
  const lines = [
    ...reading.gaps.map((g) => ({ key: g.code, text: gapText(g) })),
    ...reading.raci.map((p) => ({
      key: `${p.decision}-${p.code}`,
      text: fill(t[`raci.${p.code}`], { decision: t[`decision.${p.decision}`], list: listOf(locale, p.names) }),
    })),
  ];
  return (
    <section class="at-reading" aria-labelledby={`${uid}-reading`}>
      <h4 id={`${uid}-reading`}>{t.readingTitle}</h4>
      {lines.length === 0 ? (
        <p data-reading="ok">{t.allGood}</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l.key} data-problem={l.key} class="at-warn">
              {l.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function WorkloadView({
  locale,
  t,
  uid,
  workload,
  currency,
  onLimit,
}: {
  locale: Locale;
  t: T;
  uid: string;
  workload: Workload;
  currency: string;
  onLimit: (n: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const limit = workload.perManager;
  const over = workload.managers.filter((m) => m.over);
  const typed = (raw: string) => {
    const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 1000) {
      setText(null);
      onLimit(n);
    } else setText(raw);
  };
  return (
    <section class="at-workload" aria-labelledby={`${uid}-workload`}>
      <h4 id={`${uid}-workload`}>{t.workloadTitle}</h4>
      <div class="at-field no-print">
        <label for={`${uid}-limit`}>{t.perManager}</label>
        <input
          id={`${uid}-limit`}
          type="text"
          inputMode="numeric"
          data-field="per-manager"
          value={text ?? String(limit)}
          aria-invalid={text !== null}
          aria-describedby={`${uid}-limit-hint`}
          onChange={(e) => typed((e.currentTarget as HTMLInputElement).value)}
        />
        <span id={`${uid}-limit-hint`} class="muted">
          {text !== null ? t.perManagerInvalid : fill(t.perManagerHint, { n: DEFAULT_ACCOUNTS_PER_MANAGER })}
        </span>
      </div>
      {workload.keyAccounts === 0 ? (
        <p>{t.noKeyAccounts}</p>
      ) : (
        <>
          <p data-team-capacity>
            {fillCount(locale, t.teamCapacity, {
              n: workload.keyAccounts,
              capacity: workload.teamCapacity,
              verdict: workload.overTeam ? t.teamOver : t.teamWithin,
            })}
          </p>
          {over.length > 0 && (
            <p class="at-warn" data-warning="over-capacity">
              {fillCount(locale, t.overManagers, {
                list: listOf(
                  locale,
                  over.map((m) => m.name),
                ),
                count: over.length,
                limit,
              })}
            </p>
          )}
          {workload.unmanaged.length > 0 && (
            <p class="at-warn" data-warning="unmanaged">
              {fill(t.unmanaged, {
                list: listOf(
                  locale,
                  workload.unmanaged.map((a) => a.name),
                ),
              })}
            </p>
          )}
          {workload.managers.length === 0 ? (
            <p>{t.workloadEmpty}</p>
          ) : (
            <div class="at-scroll" role="region" aria-labelledby={`${uid}-workload`} tabIndex={0}>
              <table class="at-grid" data-table="workload">
                <caption>{t.workloadCaption}</caption>
                <TableHead cols={[t.colManager, t.colAccounts, t.colCount, t.colRevenue, t.colShare, t.colStatus]} />
                <tbody>
                  {workload.managers.map((m) => (
                    <tr key={m.name} data-over={m.over ? 'true' : 'false'}>
                      <th scope="row">{m.name}</th>
                      <td>
                        {listOf(
                          locale,
                          m.accounts.map((a) => a.name),
                        )}
                      </td>
                      <td class="num">{m.count}</td>
                      <td class="num">{formatMoney(locale, m.revenue, currency)}</td>
                      <td class="num">{formatPercent(locale, m.share)}</td>
                      <td class={m.over ? 'at-warn' : ''}>{fill(m.over ? t.over : t.within, { limit })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
