import { countDiagnostics } from '../../domain/diagnostics';
import { diagnosticMessage, fixLabel } from '../../i18n/render-diagnostic';
import { useAppStore } from '../../store';
import { selectDiagnostics } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';

export function DiagnosticsPanel() {
  const { t, f, count } = useMessages();
  const today = useToday();
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
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
          {diagnostics.map((d, i) => (
            <li
              key={`${d.code}-${d.pointer}-${i}`}
              className={`diagnostic ${d.waived ? 'waived' : d.severity}`}
            >
              <p>
                <span className={`badge ${d.severity}`}>{t.diagnostics.severity[d.severity]}</span>{' '}
                <code>{d.code}</code>
              </p>
              <p>{diagnosticMessage(d, f)}</p>
              <p className="muted">
                {t.diagnostics.where}: <code>{d.pointer || '/'}</code>
              </p>
              {d.fix && (
                <p>
                  {t.diagnostics.fix}: {fixLabel(d.fix, f)}
                </p>
              )}
              {d.waived && <p className="muted">{t.diagnostics.waived(d.waived.by, d.waived.reason)}</p>}
            </li>
          ))}
        </ul>
      )}
    </Region>
  );
}
