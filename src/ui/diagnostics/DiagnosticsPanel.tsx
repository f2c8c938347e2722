import type { Diagnostic } from '../../domain/diagnostics';
import { parseItemPointer } from '../../domain/edits';
import type { Program } from '../../domain/model';
import { fixLabel } from '../../i18n/render-diagnostic';
import { useAppStore } from '../../store';
import type { Selection } from '../../store/editor-slice';
import { selectDiagnostics, selectProgram } from '../../store/selectors';
import { useMessages, useToday } from '../common/use-messages';
import { DiagnosticRegion } from './DiagnosticRegion';

/** Where a diagnostic points: a module in the programme, a stage, or the programme's own fields. */
function selectionFor(d: Diagnostic, program: Program | null): Selection {
  const item = /^\/stages\/\d+\/items\/\d+(\/of\/\d+)?/.exec(d.pointer)?.[0];
  if (item && parseItemPointer(item)) return { kind: 'item', pointer: item };
  const stage = program?.stages[Number(/^\/stages\/(\d+)/.exec(d.pointer)?.[1] ?? -1)];
  return stage ? { kind: 'stage', stageId: stage.id } : { kind: 'program' };
}

/**
 * The inspector's control for a diagnostic about the programme's own fields (a target, an entry requirement,
 * the final assessment), brought into view and focus once the inspector shows the programme.
 */
function revealField(d: Diagnostic) {
  const [, field, index] =
    /^\/(targetCompetencies|entryRequirements|finalAssessment)(?:\/(\d+))?/.exec(d.pointer) ?? [];
  const assessment = field === 'finalAssessment' || d.code === 'assessment.missing-final';
  if (!field && !assessment) return;
  requestAnimationFrame(() => {
    const list = document.querySelector(`[data-field="${field}"]`);
    const target = assessment
      ? document.getElementById('final-assessment')
      : (list?.querySelectorAll<HTMLElement>('li button')[Number(index)] ??
        list?.querySelector<HTMLElement>('input'));
    target?.scrollIntoView?.({ block: 'nearest' });
    target?.focus();
  });
}

export function DiagnosticsPanel() {
  const { t, f } = useMessages();
  const today = useToday();
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  const { edit, select } = useAppStore.getState();
  const show = (d: Diagnostic) => {
    select(selectionFor(d, selectProgram(useAppStore.getState())));
    revealField(d);
  };
  return (
    <DiagnosticRegion
      title={t.diagnostics.region}
      diagnostics={diagnostics}
      allClear={t.diagnostics.none}
      actions={(d) => (
        <div className="button-row">
          <button type="button" className="link" onClick={() => show(d)}>
            {t.editor.diagnostics.show}
          </button>
          {d.fix && !d.waived && (
            <button type="button" className="fix" onClick={() => edit(d.fix!)}>
              {t.editor.diagnostics.apply(fixLabel(d.fix, f))}
            </button>
          )}
        </div>
      )}
    />
  );
}
