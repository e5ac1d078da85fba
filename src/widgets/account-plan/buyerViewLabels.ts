/** The buyer's-view words handed to the domain, shared by the printed plan and its Markdown file. */
import type { BuyerViewLabels } from '../../domain/index.ts';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { EXTRAS_STRINGS } from './extrasStrings';

/** The buyer's-view words for the domain, in the page's language (the print view and the Markdown share them). */
export function buyerViewLabels(locale: Locale): BuyerViewLabels {
  const x = EXTRAS_STRINGS[locale];
  const stages = STAGE_TEXTS[locale].stages;
  return {
    title: x.buyerTitle,
    incomplete: x.buyerIncomplete,
    quadrantLine: x.buyerQuadrant,
    quadrant: {
      'non-critical': x['quadrant.non-critical'],
      leverage: x['quadrant.leverage'],
      bottleneck: x['quadrant.bottleneck'],
      strategic: x['quadrant.strategic'],
    },
    axes: x.buyerAxes,
    capLine: x.buyerCap,
    closedLine: x.buyerClosed,
    verdict: {
      'target-above-cap': x['verdict.target-above-cap'],
      'stage-above-cap': x['verdict.stage-above-cap'],
      uncoupling: x['verdict.uncoupling'],
      'no-stage': x['verdict.no-stage'],
      'at-cap': x['verdict.at-cap'],
      room: x['verdict.room'],
    },
    stageName: (stage) => stages[stage].name,
    noTarget: x.noStage,
    score: (value) => formatNumber(locale, value, Number.isInteger(value) ? 0 : 1),
  };
}
