/**
 * The criteria and weights of the classification matrix, one table per axis. A change is saved as
 * soon as the configuration can be used (each axis totals 100, every criterion named); until then
 * it stays a draft here with the problem shown. The check that says so and the reading of typed
 * weights (`kit`, criteriaCheck.ts) are fetched when the user starts editing; an edit made before
 * they arrive is applied when they do.
 * Removing a criterion or restoring the defaults can be undone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { defaultMatrixConfig, setMatrixConfig } from '../../state/index.ts';
import type { MatrixConfig } from '../../state/index.ts';
import { useTyping } from '../shared/useTyping.ts';
import { criterionName } from '../matrix-kit/criterionName';
import { formatTyped } from '../matrix-kit/numberText';
import type { WriteResult } from '../../state/index.ts';
import { whenRefused } from '../matrix-kit/refused';
import { newId } from '../matrix-kit/newId';
import { UndoLine } from '../matrix-kit/UndoLine';
import { TableHead } from '../shared/TableHead.tsx';
import type { Axis } from './criteriaProblem';
import type { CriteriaKit } from './criteriaCheck';
import { STRINGS } from './strings';
import { RemoveRowButton } from '../shared/RemoveRowButton';

const AXES: readonly Axis[] = ['attractiveness', 'strength'];

/**
 * The total shown under a list as the user types: the domain's `weightTotal`, summed here so the first
 * view does not download the classification (its check, criteriaProblem.ts, comes when editing starts).
 */
const sumWeights = (criteria: readonly { weight: number }[]): number => criteria.reduce((s, c) => s + c.weight, 0);

export function CriteriaEditor({
  locale,
  stored,
  onRefused,
  kit,
  loadKit,
  kitFailed,
}: {
  locale: Locale;
  stored: MatrixConfig;
  onRefused: (r: WriteResult) => void;
  /** The check and the reading of typed weights, null while they are not fetched yet. */
  kit: CriteriaKit | null;
  loadKit: () => Promise<CriteriaKit>;
  kitFailed: boolean;
}) {
  const t = STRINGS[locale];
  const typing = useTyping();
  const [draft, setDraft] = useState<MatrixConfig | null>(null);
  const [undo, setUndo] = useState<{ message: string; config: MatrixConfig } | null>(null);
  const [saved, setSaved] = useState(false);
  const [focusNew, setFocusNew] = useState<string | null>(null);
  const editing = draft ?? stored;
  const problem = draft && kit ? kit.criteriaProblem(draft, locale) : null;
  const root = useRef<HTMLDivElement>(null);
  // Edits made while the kit is on its way: the configuration, and weights typed (by axis and id).
  const pending = useRef<MatrixConfig | null>(null);
  const pendingWeights = useRef(new Map<string, { axis: Axis; id: string; text: string }>());
  const fetchKit = () => {
    if (!kit) loadKit().catch(() => undefined);
  };

  function apply(next: MatrixConfig) {
    if (!kit) {
      pending.current = next;
      setDraft(next);
      setSaved(false);
      fetchKit();
      return;
    }
    if (kit.criteriaProblem(next, locale) === null) {
      if (whenRefused(setMatrixConfig(next), onRefused)) {
        setDraft(next);
        return;
      }
      setDraft(null);
      setSaved(true);
    } else {
      setDraft(next);
      setSaved(false);
    }
  }

  const change = (axis: Axis, index: number, patch: { name?: string; weight?: number }) => {
    apply({ ...editing, [axis]: editing[axis].map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  };

  const remove = (axis: Axis, index: number) => {
    const c = editing[axis][index]!;
    setUndo({ message: fill(t.removed, { name: criterionName(locale, c) || t.newCriterion }), config: editing });
    apply({ ...editing, [axis]: editing[axis].filter((_, i) => i !== index) });
  };

  const add = (axis: Axis) => {
    const id = newId('c');
    apply({ ...editing, [axis]: [...editing[axis], { id, name: '', weight: 0 }] });
    setFocusNew(id);
  };

  const withWeight = (config: MatrixConfig, axis: Axis, id: string, text: string, k: CriteriaKit): MatrixConfig => {
    const n = k.parseTyped(text, locale);
    return { ...config, [axis]: config[axis].map((c) => (c.id === id ? { ...c, weight: n === null ? Number.NaN : n } : c)) };
  };

  const onWeight = (axis: Axis, id: string, text: string) => {
    typing.typed(`${axis}\u0000${id}`, text);
    if (kit) {
      apply(withWeight(editing, axis, id, text, kit));
    } else {
      pendingWeights.current.set(`${axis}\u0000${id}`, { axis, id, text });
      fetchKit();
    }
  };

  useEffect(() => {
    if (!kit) return;
    const weights = [...pendingWeights.current.values()];
    let next = pending.current;
    pending.current = null;
    pendingWeights.current.clear();
    if (weights.length > 0) next = weights.reduce((c, w) => withWeight(c, w.axis, w.id, w.text, kit), next ?? editing);
    if (next) apply(next);
  }, [kit]);

  // Focus the new criterion's name once its row is on screen.
  useEffect(() => {
    if (focusNew === null) return;
    const input = root.current?.querySelector<HTMLInputElement>(`input[data-criterion-name="${focusNew}"]`);
    if (input) {
      input.focus();
      setFocusNew(null);
    }
  });

  const restore = () => {
    setUndo({ message: t.restoreDefaults, config: editing });
    apply({ ...defaultMatrixConfig(), midpoint: editing.midpoint });
  };

  const axisTitle = (axis: Axis) => (axis === 'attractiveness' ? t.axisAttractiveness : t.axisStrength);

  return (
    <div class="mx-criteria" ref={root} onFocusIn={fetchKit}>
      <div class="mx-axes">
        {AXES.map((axis) => {
          const total = sumWeights(editing[axis]);
          const ok = Math.abs(total - 100) < 1e-6;
          return (
            <fieldset class="mx-axis" key={axis}>
              <legend>{axisTitle(axis)}</legend>
              <p class="muted mx-help">{axis === 'attractiveness' ? t.axisAttractivenessHelp : t.axisStrengthHelp}</p>
              <table class="mx-criteria-table">
                <TableHead cols={[t.colCriterion, { num: t.colWeight }, { remove: t.colRemove }]} />
                <tbody>
                  {editing[axis].map((c, i) => {
                    const name = criterionName(locale, c);
                    return (
                      <tr key={c.id}>
                        <td>
                          <input
                            id={`cm-${axis}-name-${i}`}
                            data-criterion-name={c.id}
                            type="text"
                            value={name}
                            maxLength={200}
                            aria-label={fill(t.criterionNameLabel, { axis: axisTitle(axis), n: i + 1 })}
                            onInput={(e) => change(axis, i, { name: e.currentTarget.value })}
                          />
                        </td>
                        <td class="num">
                          <input
                            class="mx-weight"
                            type="text"
                            inputMode="decimal"
                            value={typing.text(`${axis}\u0000${c.id}`, Number.isFinite(c.weight) ? formatTyped(locale, c.weight) : '')}
                            aria-label={fill(t.weightLabel, { axis: axisTitle(axis), name: name || t.newCriterion })}
                            onBlur={() => typing.done(`${axis}\u0000${c.id}`)}
                            onKeyDown={(e) => kit?.stepOnArrow(e, { locale, min: 0, max: 100 })}
                            onInput={(e) => onWeight(axis, c.id, e.currentTarget.value)}
                          />
                        </td>
                        <td class="no-print">
                          <RemoveRowButton
                            class="mx-small"
                            label={fill(t.removeCriterion, { name: name || t.newCriterion })}
                            onClick={() => remove(axis, i)}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.total}</th>
                    <td class="num">
                      <output class={ok ? 'mx-total ok' : 'mx-total bad'} data-total={axis}>
                        {fill(t.totalOf, {
                          total: formatNumber(locale, Number.isFinite(total) ? total : 0, Number.isInteger(total) ? 0 : 2),
                        })}
                      </output>
                    </td>
                    <td class="no-print"></td>
                  </tr>
                </tfoot>
              </table>
              <button type="button" class="button secondary no-print" onClick={() => add(axis)}>
                {t.addCriterion}
              </button>
            </fieldset>
          );
        })}
      </div>
      <div class="mx-messages" aria-live="polite">
        {problem && (
          <p class="mx-error" role="alert" data-error="criteria">
            {problem}
          </p>
        )}
        {draft && kitFailed && (
          <p class="mx-error" role="alert">
            {t.partFailed}
          </p>
        )}
        {!problem && saved && <p class="mx-ok">{t.criteriaSaved}</p>}
        <UndoLine
          locale={locale}
          message={undo?.message ?? null}
          onUndo={() => {
            if (undo) apply(undo.config);
            setUndo(null);
          }}
        />
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={restore}>
          {t.restoreDefaults}
        </button>
      </p>
    </div>
  );
}
