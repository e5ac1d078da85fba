/**
 * The reading in words: the two axes, the quadrant and what the buyer does with such a supplier,
 * the stage cap and the rungs it keeps closed, and the cap against the account's latest diagnosed
 * and target stage. Every decision is the domain's (`readKraljic`, `compareWithCap`); this only says it.
 */
import { BUYER_BEHAVIOUR, KRALJIC_MIDPOINT, KRALJIC_QUESTIONS, compareWithCap, stagesAboveCap } from '../../domain/index.ts';
import type { KraljicAxis, KraljicResult, LadderStage, StageId } from '../../domain/index.ts';
import { STAGE_NAMES } from '../../i18n/domain-texts/stageNames';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import type { STRINGS } from './strings';

type Props = {
  locale: Locale;
  t: (typeof STRINGS)['en'];
  uid: string;
  result: KraljicResult;
  stage: StageId | null;
  target: LadderStage | null;
};

export function Reading({ locale, t, uid, result, stage, target }: Props) {
  // Only the stages' names are shown here: the names' dictionary, not the stages' full texts.
  const stages = STAGE_NAMES[locale];
  const list = new Intl.ListFormat(locale === 'pt-br' ? 'pt-BR' : 'en', { type: 'conjunction' });
  const axisLine = (axis: KraljicAxis, value: number | null) =>
    value === null
      ? `${t[`axis.${axis}`]}: ${t.noScore}`
      : fill(t.axisScore, {
          axis: t[`axis.${axis}`],
          score: formatNumber(locale, value, 1),
          level: value > KRALJIC_MIDPOINT ? t.high : t.low,
        });
  const { quadrant, cap } = result;
  const verdict = cap === null ? null : compareWithCap(cap, stage, target);
  const closed = cap === null ? [] : stagesAboveCap(cap);

  return (
    <section
      class="result-box kj-reading"
      aria-labelledby={`${uid}-reading`}
      data-quadrant={quadrant ?? ''}
      data-cap={cap ?? ''}
      data-verdict={verdict ?? ''}
    >
      <h4 id={`${uid}-reading`}>{t.resultTitle}</h4>
      <ul class="kj-axes">
        <li>{axisLine('profit-impact', result.profitImpact)}</li>
        <li>{axisLine('supply-risk', result.supplyRisk)}</li>
      </ul>
      {quadrant === null || cap === null ? (
        <p>{fill(t.answered, { answered: result.answered, total: KRALJIC_QUESTIONS.length })}</p>
      ) : (
        <>
          <p class="kj-quadrant">
            <strong>{fill(t.quadrantLine, { quadrant: t[`quadrant.${quadrant}`] })}</strong> {t[`behaviour.${BUYER_BEHAVIOUR[quadrant]}`]}
          </p>
          <p class="kj-cap">
            <strong>{fill(t.capLine, { cap: stages[cap] })}</strong>
            {closed.length > 0 && <> {fill(t.capClosed, { stages: list.format(closed.map((s) => stages[s])) })}</>}
          </p>
          <p>
            {stage === null && target === null
              ? t.standingNone
              : fill(t.standing, {
                  stage: stage === null ? t.noTarget : stages[stage],
                  target: target === null ? t.noTarget : stages[target],
                })}
          </p>
          <p class={verdict === 'target-above-cap' || verdict === 'stage-above-cap' ? 'kj-warn' : undefined}>
            {fill(t[`verdict.${verdict!}`], {
              cap: stages[cap],
              stage: stage === null ? '' : stages[stage],
              target: target === null ? '' : stages[target],
            })}
            {verdict === 'no-stage' && (
              <>
                {' '}
                <a href={localePath(locale, 'tools/stage-diagnosis')}>{t.diagnoseLink}</a>
              </>
            )}
          </p>
        </>
      )}
    </section>
  );
}
