import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIGH_RISK_SIGNAL_COUNT,
  LADDER_STAGES,
  STAGES,
  STAGE_IDS,
  STAGE_QUESTIONS,
  UNCOUPLING_SIGNALS,
  diagnoseStage,
  isLadderStage,
  isStageId,
  ladderIndex,
  nextStage,
  stepsToTarget,
} from '../../src/domain/index.ts';
import type { LadderStage } from '../../src/domain/index.ts';

const answerAll = (stage: LadderStage): Record<string, string> =>
  Object.fromEntries(STAGE_QUESTIONS.map((q) => [q.id, `${q.id}.${stage}`]));

describe('stages', () => {
  it('six stages in the article order, uncoupling off the ladder', () => {
    expect(STAGES.map((s) => [s.id, s.order, s.ladder])).toEqual([
      ['pre', 1, true],
      ['early', 2, true],
      ['mid', 3, true],
      ['partnership', 4, true],
      ['synergistic', 5, true],
      ['uncoupling', 6, false],
    ]);
    expect(STAGE_IDS).toHaveLength(6);
    expect(LADDER_STAGES).toHaveLength(5);
  });

  it('nextStage, ladderIndex, guards', () => {
    expect(nextStage('pre')).toBe('early');
    expect(nextStage('partnership')).toBe('synergistic');
    expect(nextStage('synergistic')).toBeNull();
    expect(nextStage('uncoupling')).toBe('early');
    expect(ladderIndex('mid')).toBe(2);
    expect(isLadderStage('mid')).toBe(true);
    expect(isLadderStage('uncoupling')).toBe(false);
    expect(isStageId('uncoupling')).toBe(true);
    expect(isStageId('x')).toBe(false);
    expect(stepsToTarget('early', 'partnership')).toEqual(['mid', 'partnership']);
    expect(stepsToTarget('mid', 'mid')).toEqual([]);
    expect(stepsToTarget('synergistic', 'mid')).toEqual([]);
  });
});

describe('STAGE_QUESTIONS and signals', () => {
  it('at least nine questions, each with one option per ladder stage, unique ids', () => {
    expect(STAGE_QUESTIONS.length).toBeGreaterThanOrEqual(9);
    for (const q of STAGE_QUESTIONS) expect(q.options.map((o) => o.stage)).toEqual([...LADDER_STAGES]);
    const ids = STAGE_QUESTIONS.flatMap((q) => q.options.map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of [
      'business',
      'share',
      'supplier-status',
      'contacts',
      'price',
      'information',
      'planning',
      'trust',
      'exit',
      'costs',
    ]) {
      expect(
        STAGE_QUESTIONS.some((q) => q.id === topic),
        topic,
      ).toBe(true);
    }
  });

  it('signals include decisive ones', () => {
    expect(UNCOUPLING_SIGNALS.filter((s) => s.decisive).map((s) => s.id)).toEqual(['decided-to-end', 'volume-cut-announced']);
  });
});

describe('diagnoseStage', () => {
  it('all answers on one rung give that rung, complete, no spread', () => {
    for (const stage of LADDER_STAGES) {
      expect(diagnoseStage({ answers: answerAll(stage) })).toEqual({
        stage,
        ladderStage: stage,
        spread: 0,
        complete: true,
        uncouplingRisk: 'none',
        answered: STAGE_QUESTIONS.length,
      });
    }
  });

  it('median with the lower median on ties, and the spread', () => {
    const [q1, q2, q3, q4] = STAGE_QUESTIONS;
    const odd = diagnoseStage({ answers: { [q1!.id]: `${q1!.id}.pre`, [q2!.id]: `${q2!.id}.mid`, [q3!.id]: `${q3!.id}.synergistic` } });
    expect(odd).toMatchObject({ stage: 'mid', ladderStage: 'mid', spread: 4, complete: false, answered: 3 });
    const even = diagnoseStage({
      answers: {
        [q1!.id]: `${q1!.id}.early`,
        [q2!.id]: `${q2!.id}.mid`,
        [q3!.id]: `${q3!.id}.partnership`,
        [q4!.id]: `${q4!.id}.synergistic`,
      },
    });
    expect(even).toMatchObject({ ladderStage: 'mid', spread: 3 });
  });

  it('unknown questions and options are ignored; nothing answered gives pre with ladderStage null', () => {
    expect(diagnoseStage({ answers: { nope: 'x', business: 'price.mid', toString: 'a' } })).toEqual({
      stage: 'pre',
      ladderStage: null,
      spread: 0,
      complete: false,
      uncouplingRisk: 'none',
      answered: 0,
    });
  });

  it('signals: any raises the risk to watch, a decisive one makes the stage uncoupling, three make it high', () => {
    const answers = answerAll('partnership');
    expect(diagnoseStage({ answers, signals: ['tender-opened'] })).toMatchObject({ stage: 'partnership', uncouplingRisk: 'watch' });
    expect(diagnoseStage({ answers, signals: ['decided-to-end'] })).toMatchObject({
      stage: 'uncoupling',
      ladderStage: 'partnership',
      uncouplingRisk: 'high',
    });
    const three = UNCOUPLING_SIGNALS.filter((s) => !s.decisive)
      .slice(0, HIGH_RISK_SIGNAL_COUNT)
      .map((s) => s.id);
    expect(diagnoseStage({ answers, signals: three })).toMatchObject({ stage: 'partnership', uncouplingRisk: 'high' });
    expect(diagnoseStage({ answers, signals: ['made-up'] }).uncouplingRisk).toBe('none');
  });

  it('property: the stage lies between the lowest and highest answer and the spread matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...LADDER_STAGES), { nil: undefined }), {
          minLength: STAGE_QUESTIONS.length,
          maxLength: STAGE_QUESTIONS.length,
        }),
        (picks) => {
          const answers: Record<string, string> = {};
          picks.forEach((p, i) => {
            if (p) answers[STAGE_QUESTIONS[i]!.id] = `${STAGE_QUESTIONS[i]!.id}.${p}`;
          });
          const d = diagnoseStage({ answers });
          const levels = picks.filter((p): p is LadderStage => p !== undefined).map(ladderIndex);
          if (levels.length === 0) return expect(d.ladderStage).toBeNull();
          const idx = ladderIndex(d.ladderStage!);
          expect(idx).toBeGreaterThanOrEqual(Math.min(...levels));
          expect(idx).toBeLessThanOrEqual(Math.max(...levels));
          expect(d.spread).toBe(Math.max(...levels) - Math.min(...levels));
          expect(d.complete).toBe(levels.length === STAGE_QUESTIONS.length);
        },
      ),
    );
  });
});
