import { countDiagnostics, type Diagnostic } from '../../domain/diagnostics';
import { parseItemPointer } from '../../domain/edits';
import { diagnosticMessage, fixLabel } from '../../i18n/render-diagnostic';
import { useAppStore } from '../../store';
import { selectDiagnostics } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';

/** Where a diagnostic points: a module in the programme, a stage, or the programme's own fields. */
function selectionFor(d: Diagnostic) {
  const item = /^\/stages\/\d+\/items\/\d+(\/of\/\d+)?/.exec(d.pointer)?.[0];
  return item && parseItemPointer(item)
    ? ({ kind: 'item', pointer: item } as const)
    : ({ kind: 'program' } as const);
}

export function DiagnosticsPanel() {
  const { t, f, count } = useMessages();
  const today = useToday();
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  const { edit, select } = useAppStore.getState();
  const counts = countDiagnostics(diagnostics);
  return (
    <Region
      title={t.diagnostics.region}
      className="diagnostics"
      aside={
        <p className="muted" role="status">
          {t.diagnostics.summary(
            count(counts.errors, t.diagnostics.errors),
            count(counts.warnings, t.diagnostics.warnings),
          )}
        </p>
      }
    >
      {diagnostics.length === 0 ? (
        <p className="all-clear">{t.diagnostics.none}</p>
      ) : (
        <ul className="diagnostic-list">
          {diagnostics.map((d, i) => {
            const message = diagnosticMessage(d, f);
            return (
              <li
                key={`${d.code}-${d.pointer}-${i}`}
                className={`diagnostic ${d.waived ? 'waived' : d.severity}`}
              >
                <p>
                  <span className={`badge ${d.severity}`}>{t.diagnostics.severity[d.severity]}</span>{' '}
                  <code>{d.code}</code>
                </p>
                <p>{message}</p>
                <p className="muted">
                  {t.diagnostics.where}: <code>{d.pointer || '/'}</code>
                </p>
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
                {d.waived && <p className="muted">{t.diagnostics.waived(d.waived.by, d.waived.reason)}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Region>
  );
}
