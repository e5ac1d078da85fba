/**
 * "Load the sample company into this browser" (case page). The sample goes into the demo workspace
 * (src/state/demo.ts): the participant's own data is set aside, untouched, so loading it from the
 * user's workspace needs no confirmation. Only when the demo workspace already holds sample work
 * does it first show what will be replaced and ask; afterwards "Undo" puts that previous sample
 * work (and the assessments, when the participant chose to clear them) back exactly.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { $assessments, $portfolio, activeWorkspace, assessedAccountKeys, replacePortfolio } from '../../state/index';
import type { Assessments, Portfolio } from '../../state/index';
import { useStored } from '../shared/useStored';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import './workshop.css';
import { loadSampleCompany } from '../shared/loadSampleCompany.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'loading' }
  | { kind: 'loaded'; clients: number; undo: { portfolio: Portfolio; assessments: Assessments | null } | null; notSaved: boolean }
  | { kind: 'error'; message: string }
  | { kind: 'undone'; ok: boolean };

export default function SampleLoader({ locale }: { locale: Locale }) {
  const s = STRINGS[locale];
  const id = useId();
  const portfolio = useStored($portfolio);
  const assessments = useStored($assessments);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [clearAssessments, setClearAssessments] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const loadButton = useRef<HTMLButtonElement>(null);

  const assessed = assessedAccountKeys(assessments).length;
  const keyCount = portfolio.clients.filter((c) => c.keyAccount).length;
  // Only sample work can be replaced here: the user's own data is never the target. (The server
  // renders the default, empty portfolio, so reading the tab's workspace here cannot cause a mismatch.)
  const inDemo = activeWorkspace() === 'demo';
  const hasData = inDemo && (portfolio.clients.length > 0 || portfolio.monthlySales.length > 0 || assessed > 0);

  useEffect(() => {
    if (phase.kind === 'confirm') confirmRef.current?.focus();
  }, [phase.kind]);

  function reason(code: string): string {
    if (code === 'network') return s.reasonNetwork;
    if (code === 'read-only' || code === 'invalid' || code === 'conflict') return s.reasonStorage;
    return fill(s.reasonOther, { code });
  }

  async function load() {
    // Undo restores the demo's previous sample work; coming from the user's workspace there is none.
    const wasDemo = activeWorkspace() === 'demo';
    const before = { portfolio: $portfolio.get(), assessments: clearAssessments ? $assessments.get() : null };
    const hadData =
      wasDemo && (before.portfolio.clients.length > 0 || before.portfolio.monthlySales.length > 0 || before.assessments !== null);
    setPhase({ kind: 'loading' });
    const result = await loadSampleCompany(locale);
    if (!result.ok) {
      setPhase({ kind: 'error', message: fill(s.loadFailed, { reason: reason(result.code) }) });
      return;
    }
    if (wasDemo && before.assessments !== null) $assessments.write({});
    const notSaved = $portfolio.$meta.get().unsaved;
    setPhase({ kind: 'loaded', clients: result.clients, undo: hadData ? before : null, notSaved });
    setClearAssessments(false);
  }

  function undo(token: { portfolio: Portfolio; assessments: Assessments | null }) {
    const a = replacePortfolio(token.portfolio);
    const b = token.assessments === null ? { ok: true as const } : $assessments.write(token.assessments);
    const ok = (a.ok || a.reason === 'not-saved') && (b.ok || b.reason === 'not-saved');
    setPhase({ kind: 'undone', ok });
    loadButton.current?.focus();
  }

  return (
    <div class="sample-loader" data-widget="workshop-sample">
      <p>{s.loadIntro}</p>
      <p class="no-print">
        <button
          type="button"
          class="button"
          data-action="load-sample"
          ref={loadButton}
          disabled={phase.kind === 'loading'}
          aria-expanded={hasData ? phase.kind === 'confirm' : undefined}
          aria-controls={hasData ? `${id}-confirm` : undefined}
          onClick={() => (hasData ? setPhase({ kind: 'confirm' }) : void load())}
        >
          {s.loadButton}
        </button>
      </p>

      {phase.kind === 'confirm' && (
        <div
          id={`${id}-confirm`}
          class="ws-confirm"
          role="group"
          aria-labelledby={`${id}-confirm-title`}
          tabIndex={-1}
          ref={confirmRef}
          data-confirm="load-sample"
        >
          <h3 id={`${id}-confirm-title`} class="ws-subtitle">
            {s.confirmTitle}
          </h3>
          <p>{s.confirmHas}</p>
          <ul>
            <li>{fillCount(locale, s.confirmClients, { n: portfolio.clients.length, k: keyCount })}</li>
            <li>{fillCount(locale, s.confirmSales, { n: portfolio.monthlySales.length })}</li>
          </ul>
          {assessed > 0 && (
            <>
              <p>{fillCount(locale, s.confirmAssessments, { n: assessed })}</p>
              <p class="ws-check">
                <input
                  id={`${id}-clear`}
                  type="checkbox"
                  checked={clearAssessments}
                  onChange={(e) => setClearAssessments((e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`${id}-clear`}>{s.clearAssessments}</label>
              </p>
            </>
          )}
          <p class="muted">{s.keptAlways}</p>
          <p class="ws-actions">
            <button type="button" class="button danger" data-action="confirm-load-sample" onClick={() => void load()}>
              {s.confirmReplace}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setPhase({ kind: 'idle' });
                loadButton.current?.focus();
              }}
            >
              {COMMON[locale].cancel}
            </button>
          </p>
        </div>
      )}

      <div role="status" class="ws-status">
        {phase.kind === 'loading' && <p>{COMMON[locale].loadingSample}</p>}
        {phase.kind === 'loaded' && (
          <p>
            {fillCount(locale, s.loaded, { n: phase.clients })} <a href={localePath(locale, 'tools/pareto')}>{s.paretoLink}</a>
          </p>
        )}
        {phase.kind === 'loaded' && phase.notSaved && <p class="note warn ws-warning">{s.notSavedWarning}</p>}
        {phase.kind === 'undone' && <p>{phase.ok ? s.undone : s.undoFailed}</p>}
      </div>
      {phase.kind === 'loaded' && phase.undo !== null && (
        <p class="no-print">
          <button type="button" class="button secondary" data-action="undo" onClick={() => phase.undo && undo(phase.undo)}>
            {COMMON[locale].undo}
          </button>
        </p>
      )}
      {phase.kind === 'error' && (
        <p class="note danger ws-error" role="alert">
          {phase.message}
        </p>
      )}
    </div>
  );
}
