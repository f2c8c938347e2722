import type { Diagnostic } from '../../domain/diagnostics';
import { parseItemPointer } from '../../domain/edits';
import { fixLabel } from '../../i18n/render-diagnostic';
import { useAppStore } from '../../store';
import { selectDiagnostics } from '../../store/selectors';
import { useMessages, useToday } from '../common/use-messages';
import { DiagnosticRegion } from './DiagnosticRegion';

/** Where a diagnostic points: a module in the programme, a stage, or the programme's own fields. */
function selectionFor(d: Diagnostic) {
  const item = /^\/stages\/\d+\/items\/\d+(\/of\/\d+)?/.exec(d.pointer)?.[0];
  return item && parseItemPointer(item)
    ? ({ kind: 'item', pointer: item } as const)
    : ({ kind: 'program' } as const);
}

export function DiagnosticsPanel() {
  const { t, f } = useMessages();
  const today = useToday();
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  const { edit, select } = useAppStore.getState();
  return (
    <DiagnosticRegion
      title={t.diagnostics.region}
      diagnostics={diagnostics}
      allClear={t.diagnostics.none}
      actions={(d) => (
        <div className="button-row">
          <button type="button" className="link" onClick={() => select(selectionFor(d))}>
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
