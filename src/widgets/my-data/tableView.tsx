/**
 * The table of what the site keeps, as markup: the stores' rows given their words. A visitor with
 * nothing stored sees it with `emptyHoldings` (what the server renders too); with data, StoreTable.tsx
 * (fetched then) fills it from the stores themselves.
 */
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { STORE_NAMES } from '../../state/index';
import type { DataCounts, StoreName } from '../../state/index';
import { TableHead } from '../shared/TableHead.tsx';
import { formatBytes } from './parts';
import type { MyDataStrings } from './strings';

/** What the Contents column counts, store by store. */
export type Holdings = {
  settings: { name: string; currency: string; format: string };
  counts: DataCounts;
  criteria: number;
  buyingCentres: number;
  costClients: number;
  propositions: number;
  teams: number;
  reviews: number;
  reviewedAccounts: number;
  kraljic: number;
};

/**
 * The matrix's default criteria (domain/defaultCriteria.ts), counted: written here so that the empty
 * browser's table does not fetch them; tests/widgets/my-data-table.test.tsx keeps the two equal.
 */
export const DEFAULT_CRITERIA_COUNT = 13;

/** What an empty browser holds: the stores' defaults (the same test compares them with the stores). */
export function emptyHoldings(t: MyDataStrings, format: string): Holdings {
  const none = {
    clients: 0,
    keyAccounts: 0,
    monthlySales: 0,
    accountsAssessed: 0,
    diagnoses: 0,
    plans: 0,
    segments: 0,
    lessonsRead: 0,
    quizzes: 0,
  };
  return {
    settings: { name: t.noName, currency: t.currencyAuto, format },
    counts: none,
    criteria: DEFAULT_CRITERIA_COUNT,
    buyingCentres: 0,
    costClients: 0,
    propositions: 0,
    teams: 0,
    reviews: 0,
    reviewedAccounts: 0,
    kraljic: 0,
  };
}

export function contentsOf(t: MyDataStrings, h: Holdings): Record<StoreName, string> {
  const c = h.counts;
  return {
    settings: fill(t['contents.settings'], h.settings),
    portfolio: fill(t['contents.portfolio'], { clients: c.clients, keyAccounts: c.keyAccounts, monthlySales: c.monthlySales }),
    assessments: fill(t['contents.assessments'], { accounts: c.accountsAssessed, diagnoses: c.diagnoses, plans: c.plans }),
    matrixConfig: fill(t['contents.matrixConfig'], { criteria: h.criteria }),
    segments: fill(t['contents.segments'], { segments: c.segments }),
    progress: fill(t['contents.progress'], { lessons: c.lessonsRead, quizzes: c.quizzes }),
    buyingCentres: fill(t['contents.buyingCentres'], { accounts: h.buyingCentres }),
    costToServe: fill(t['contents.costToServe'], { clients: h.costClients }),
    valuePropositions: fill(t['contents.valuePropositions'], { accounts: h.propositions }),
    accountTeams: fill(t['contents.accountTeams'], { accounts: h.teams }),
    accountReviews: fill(t['contents.accountReviews'], { reviews: h.reviews, accounts: h.reviewedAccounts }),
    kraljic: fill(t['contents.kraljic'], { accounts: h.kraljic }),
  };
}

export type RowFacts = { saved: string | null; readOnly: boolean; unsaved: boolean; bytes: number | null };
const NOTHING_SAVED: RowFacts = { saved: null, readOnly: false, unsaved: false, bytes: null };

export function StoreTableView(props: {
  locale: Locale;
  t: MyDataStrings;
  storeLabel: (name: StoreName) => string;
  contents: Record<StoreName, string>;
  /** Each store's row facts; none given: nothing saved (the empty browser). */
  row?: (name: StoreName) => RowFacts;
  busy?: boolean;
}) {
  const { locale, t, storeLabel, contents, row = () => NOTHING_SAVED, busy = false } = props;
  return (
    <div class="my-data__table-wrap">
      <table class="my-data__table" aria-busy={busy ? 'true' : undefined}>
        <TableHead cols={[t.colWhat, t.colContents, t.colSaved, { num: t.colSize }]} />
        <tbody>
          {STORE_NAMES.map((name) => {
            const r = row(name);
            return (
              <tr key={name} data-store={name}>
                <th scope="row">{storeLabel(name)}</th>
                <td>{contents[name]}</td>
                <td>
                  {r.saved ?? t.notSavedYet}
                  {r.readOnly && <span class="my-data__flag my-data__flag--info">{t.readOnly}</span>}
                  {r.unsaved && <span class="my-data__flag my-data__flag--danger">{t.unsaved}</span>}
                </td>
                <td class="num">{r.bytes === null ? '—' : formatBytes(locale, r.bytes)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
