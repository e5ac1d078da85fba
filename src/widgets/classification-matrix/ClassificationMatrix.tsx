/**
 * Classification matrix island: criteria and weights (each list totals 100, or nothing is saved),
 * 0–10 scores per key account, the bubble chart, quadrant cards and CSV exports. This file lays the
 * parts out in the order of the page. The first view (no clients: the criteria, the empty chart and
 * cards) is all in the first download; the scores table and the classification of the accounts
 * (WithAccounts.tsx) are fetched once hydration finds clients, which the server-rendered page never has;
 * the check of the criteria and the reading of typed weights when editing starts (criteriaCheck.ts).
 */
import { useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { Locale } from '../../i18n/locales';
import { $matrixConfig, $portfolio, defaultMatrixConfig } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { useTyping } from '../shared/useTyping.ts';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import '../matrix-kit/matrix.css';
import { MatrixTop } from '../matrix-kit/MatrixIntro';
import { useMatrixStatus } from '../matrix-kit/useMatrixStatus';
import { partLoading } from '../matrix-kit/PartLoading';
import { CriteriaEditor } from './CriteriaEditor';
import { MatrixResults } from './MatrixResults';
import type { AccountsView } from './MatrixResults';
import type { WithAccounts as Accounts } from './WithAccounts';
import { useCriteriaKit } from './criteriaCheck';
import { STRINGS } from './strings';

type AccountsProps = ComponentProps<typeof Accounts>;

// While the accounts' part loads, a line says so in its place (matrix-kit/PartLoading).
const LazyWithAccounts = lazyComponent(
  lazyLoader<AccountsProps>(() => import('./WithAccounts').then((m) => m.WithAccounts)),
  (failed, { locale }) => partLoading(failed, { loading: STRINGS[locale].loadingAccounts, failed: STRINGS[locale].partFailed }, 'accounts'),
);

/** The default criteria are valid: stored criteria are checked only when they are something else. */
const DEFAULTS = JSON.stringify(defaultMatrixConfig());

const noAccounts: AccountsView = { empty: null, sorted: [], nameOf: (key) => key, money: (n) => String(n), words: null, scores: null };

export default function ClassificationMatrix({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const hasClients = useStored($portfolio).clients.length > 0;
  const config = useStored($matrixConfig);
  const matrixStatus = useMatrixStatus(locale, t);
  const { onRefused, onExportFailed } = matrixStatus;
  // With clients, the accounts' part hands over their classification (and what is missing, if anything).
  const [accountsView, setAccountsView] = useState<AccountsView | null>(null);
  const view = (hasClients && accountsView) || noAccounts;
  const scoreTyping = useTyping();
  const criteria = useCriteriaKit(JSON.stringify(config) !== DEFAULTS);
  const configProblem = criteria.kit ? criteria.kit.criteriaProblem(config, locale) : null;

  return (
    <div class="mx-widget" data-widget="classification-matrix">
      <MatrixTop
        locale={locale}
        intro={t.intro}
        empty={hasClients ? view.empty : t.emptyNoClients}
        status={matrixStatus}
        loadSample={(m) => m.loadClassificationSample(locale)}
      />

      <h3>{t.criteriaTitle}</h3>
      <p class="muted">{t.criteriaHelp}</p>
      <CriteriaEditor
        locale={locale}
        stored={config}
        onRefused={onRefused}
        kit={criteria.kit}
        loadKit={criteria.load}
        kitFailed={criteria.failed}
      />

      {hasClients && (
        <LazyWithAccounts locale={locale} t={t} typing={scoreTyping} config={config} onRefused={onRefused} onView={setAccountsView} />
      )}
      <MatrixResults
        locale={locale}
        config={config}
        configProblem={configProblem}
        sorted={view.sorted}
        nameOf={view.nameOf}
        money={view.money}
        words={view.words}
        scores={view.scores}
        onExportFailed={onExportFailed}
      />
    </div>
  );
}
