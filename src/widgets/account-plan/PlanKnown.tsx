/**
 * What the other tools know about the account: its Pareto class, matrix quadrant, latest stage and
 * uncoupling risk. The class is ranked from the portfolio by `KnownClass`, fetched once the
 * portfolio has clients (without any, it is "not assessed yet"). The other three need those tools'
 * rules and words: `KnownFindings` has them, fetched only for an account one of those tools has
 * assessed (scores, a diagnosis or ticks); for any other account they are "not assessed yet".
 */
import type { ComponentProps, VNode } from 'preact';
import type { Locale } from '../../i18n/locales';
import type { AccountAssessment, Portfolio } from '../../state/index';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { KnownClass as Class } from './KnownClass';
import type { KnownFindings as Findings } from './KnownFindings';
import type { STRINGS } from './strings';

export type KnownTexts = (typeof STRINGS)[Locale];

/** True when the matrix, the stage diagnosis or the uncoupling checklist has something on the account. */
const assessed = (a: AccountAssessment) =>
  Object.keys(a.matrixScores).length > 0 || a.diagnoses.length > 0 || (a.uncoupling?.checked.length ?? 0) > 0;

/** One line of the list. */
export type KnownRow = (label: string, value: string) => VNode;
const knownRow: KnownRow = (label, value) => (
  <div key={label}>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
);

/** The quadrant, stage and risk lines, with `value` in each (while the findings load, or when there are none). */
const knownRows = (t: KnownTexts, value: string) => [t.knownQuadrant, t.knownStage, t.knownRisk].map((label) => knownRow(label, value));

type FindingsProps = ComponentProps<typeof Findings>;
const LazyFindings = lazyComponent(
  lazyLoader<FindingsProps>(() => import('./KnownFindings').then((m) => m.KnownFindings)),
  // The lines keep their place while they load (an ellipsis), and say so if they cannot.
  (failed, { t }) => <>{knownRows(t, failed ? t.knownFailed : '…')}</>,
);

type ClassProps = ComponentProps<typeof Class>;
const LazyClass = lazyComponent(
  lazyLoader<ClassProps>(() => import('./KnownClass').then((m) => m.KnownClass)),
  (failed, { t }) => knownRow(t.knownClass, failed ? t.knownFailed : '…'),
);

interface Props {
  locale: Locale;
  t: KnownTexts;
  uid: string;
  tryMode: boolean;
  /** The stored portfolio (ranked over the chosen period by KnownClass), and the open account, whose class is shown. */
  portfolio: Portfolio;
  account: string;
  assessment: AccountAssessment;
}

export function PlanKnown({ locale, t, uid, tryMode, portfolio, account, assessment }: Props) {
  return (
    <section class="ap-known" aria-labelledby={`${uid}-known`}>
      <h4 id={`${uid}-known`}>{t.known}</h4>
      {tryMode ? (
        <p class="muted">{t.knownTry}</p>
      ) : (
        <dl class="ap-known-list">
          {portfolio.clients.length > 0 ? (
            <LazyClass t={t} portfolio={portfolio} account={account} row={knownRow} />
          ) : (
            knownRow(t.knownClass, t.knownNone)
          )}
          {assessed(assessment) ? <LazyFindings locale={locale} t={t} assessment={assessment} row={knownRow} /> : knownRows(t, t.knownNone)}
        </dl>
      )}
    </section>
  );
}
