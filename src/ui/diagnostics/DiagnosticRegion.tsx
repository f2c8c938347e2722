import type { ReactNode } from 'react';
import { countDiagnostics, type Diagnostic } from '../../domain/diagnostics';
import { diagnosticMessage } from '../../i18n/render-diagnostic';
import { Region } from '../common/Region';
import { useMessages } from '../common/use-messages';

interface Props {
  title: string;
  diagnostics: readonly Diagnostic[];
  /** What to say when there is nothing to report. */
  allClear: string;
  /** Buttons that act on one diagnostic (show it, apply its fix), where the screen has them. */
  actions?: (d: Diagnostic) => ReactNode;
}

/** A region listing diagnostics with a counted summary: the editor's and the trainee's checks look alike. */
export function DiagnosticRegion({ title, diagnostics, allClear, actions }: Props) {
  const { t, f, count } = useMessages();
  const counts = countDiagnostics(diagnostics);
  return (
    <Region
      title={title}
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
        <p className="all-clear">{allClear}</p>
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
              {actions?.(d)}
              {d.waived && <p className="muted">{t.diagnostics.waived(d.waived.by, d.waived.reason)}</p>}
            </li>
          ))}
        </ul>
      )}
    </Region>
  );
}
