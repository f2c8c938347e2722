import type { Diagnostic } from '../../domain/diagnostics';
import { diagnosticMessage } from '../../i18n/render-diagnostic';
import { useMessages } from './use-messages';

/** A file's problems, each with its code, place and message: the first `limit`, then how many more. */
export function DiagnosticList({
  diagnostics,
  limit = 20,
}: {
  diagnostics: readonly Diagnostic[];
  limit?: number;
}) {
  const { t, f } = useMessages();
  return (
    <ul>
      {diagnostics.slice(0, limit).map((d, i) => (
        <li key={i}>
          <code>{d.code}</code> <code>{d.pointer || '/'}</code> {diagnosticMessage(d, f)}
        </li>
      ))}
      {diagnostics.length > limit && <li>{t.app.moreProblems(diagnostics.length - limit)}</li>}
    </ul>
  );
}
