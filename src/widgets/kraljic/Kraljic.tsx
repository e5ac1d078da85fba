/**
 * The buyer's view (Kraljic's purchasing matrix): for one account, six questions answered as the
 * customer's buyer sees us → profit impact × supply risk, the quadrant in words (what such a buyer
 * does), the stage cap, and the cap against the account's latest diagnosed and target stage. Every
 * rule is the domain's (kraljic.ts); answers autosave through `updateKraljic`, clearing them can be
 * undone. The chart (matrix kit's chart plumbing, a table behind it) places every account with a
 * complete reading. Account choice, status and the sample button: `useAccountTool`. Prints on its own.
 */
import { useId } from 'preact/hooks';
import { readKraljic, stageAndTarget } from '../../domain/index.ts';
import type { KraljicAnswer, KraljicQuestionId } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import { fill } from '../../i18n/fill';
import { lazyImport } from '../../scripts/lazyImport';
import type { Locale } from '../../i18n/locales';
import { $assessments, $kraljic, $portfolio, getAssessment, getKraljic, restoreKraljic, updateKraljic } from '../../state/index';
import { accountName } from '../shared/AccountPicker';
import { AccountToolHead } from '../shared/AccountToolbar';
import { useAccountTool } from '../shared/useAccountTool';
import { useStored } from '../shared/useStored';
import { kraljicChart } from './kraljicChart';
import type { PlacedAccount } from './kraljicChart';
import { Questions } from './Questions';
import { Reading } from './Reading';
import { STRINGS } from './strings';
import '../matrix-kit/matrix.css';
import './Kraljic.css';
import { PrintButton } from '../shared/PrintButton';

export default function KraljicTool({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  const portfolio = useStored($portfolio);
  const readings = useStored($kraljic);
  const assessments = useStored($assessments);
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account, name } = tool;
  const answers = getKraljic(account, readings)?.answers ?? {};
  const result = readKraljic(answers);
  const assessment = getAssessment(account, assessments);
  const { stage, target } = stageAndTarget(assessment.diagnoses, assessment.plans);

  const placed: PlacedAccount[] = readings.flatMap((r) => {
    const read = readKraljic(r.answers);
    if (read.quadrant === null || read.cap === null || read.profitImpact === null || read.supplyRisk === null) return [];
    return [
      {
        key: r.accountKey,
        name: accountName(locale, portfolio, r.accountKey),
        profitImpact: read.profitImpact,
        supplyRisk: read.supplyRisk,
        quadrant: read.quadrant,
        cap: read.cap,
      },
    ];
  });
  const chart = kraljicChart(locale, placed, { key: account, name });

  function answer(id: KraljicQuestionId, value: KraljicAnswer) {
    tool.reportEdit(updateKraljic(account, (current) => ({ ...current, [id]: value })));
  }

  function clearAnswers() {
    const key = account;
    const before = getKraljic(key);
    tool.report(
      updateKraljic(key, () => ({})),
      { text: fill(t.cleared, { account: name }), undo: () => restoreKraljic(key, before) },
    );
  }

  function loadSample() {
    tool.seedSample('kraljic', {
      load: () => lazyImport(() => import('../../samples/kraljicSample')),
      entries: (module, ready) => module.sampleKraljicFor(ready.accounts).map(({ key, answers }) => ({ key, value: answers })),
      has: (key) => getKraljic(key) !== undefined,
      write: (key, sample) => updateKraljic(key, () => sample),
      readyText: (account) => fill(t.sampleReady, { account }),
    });
  }

  return (
    <section class="kraljic" data-widget="kraljic" aria-labelledby={`${uid}-title`}>
      <AccountToolHead locale={locale} tool={tool} uid={uid} t={t} titleClass="kj-title" onLoadSample={loadSample}>
        <button type="button" class="button secondary" data-action="clear" onClick={clearAnswers} disabled={result.answered === 0}>
          {t.clear}
        </button>
        <PrintButton locale={locale}>{t.print}</PrintButton>
      </AccountToolHead>
      {/* The toolbar and the status are hidden in print: the account is named here instead. */}
      <p class="print-only kj-account">{name}</p>

      <div class="kj-body">
        <Questions t={t} uid={uid} answers={answers} onAnswer={answer} />
        <Reading locale={locale} t={t} uid={uid} result={result} stage={stage} target={target} />
      </div>

      <ChartFigure locale={locale} {...chart} height="square" />
    </section>
  );
}
