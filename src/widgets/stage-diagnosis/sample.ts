/**
 * "Load sample": lesson 5's example diagnosis, written for the lesson's account and opened. Fetched
 * on the click with the sample's answers and its words, so the page does not carry them.
 */
import { diagnoseStage } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { sampleDiagnosis } from '../../samples/stageDiagnosisSample';
import { saveDiagnosis } from '../../state/index';
import type { AccountTool, SampleReady } from '../shared/useAccountTool';
import type { Draft } from './draft';
import { SAMPLE_STRINGS } from './sampleStrings';

/**
 * Saves the sample diagnosis, opens its account (`tryKey`, the quick try, when there is no lesson
 * account: given by the page, which has it already) and says so; the form's new draft.
 */
export function showSample(locale: Locale, tool: AccountTool, ready: SampleReady, tryKey: string): Draft {
  // Lesson 5's example: Hospital Santa Clara, Mid-KAM aiming at Parceria-KAM (the largest key
  // account when the portfolio is not the sample company).
  const target = ready.lessonAccount;
  const key = target?.key ?? tryKey;
  const sample = sampleDiagnosis();
  tool.open(key);
  const saved = saveDiagnosis(key, {
    answers: sample.answers,
    signals: sample.signals,
    stage: diagnoseStage(sample).stage,
    targetStage: sample.target,
  });
  tool.report(saved.result, { text: fillCount(locale, SAMPLE_STRINGS[locale].sampleLoaded, { account: target?.name ?? tool.name }) });
  return { id: saved.diagnosis.id, answers: { ...sample.answers }, signals: [...sample.signals], target: sample.target };
}
