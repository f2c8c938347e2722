import { countDiagnostics } from '../../domain/diagnostics';
import type { FileReport } from '../../io/network-source';
import { DiagnosticList } from '../common/DiagnosticList';
import { useMessages } from '../common/use-messages';

/**
 * The network's files with errors, by file. Shown open when they stopped the network from loading; folded
 * when it loaded without what the schema refused, so the editor stays usable and the reason is one click away.
 */
export function NetworkProblems({
  files,
  failed = false,
}: {
  files: readonly FileReport[];
  failed?: boolean;
}) {
  const { t, count } = useMessages();
  if (files.length === 0) return null;
  const errors = files.reduce((n, file) => n + countDiagnostics(file.diagnostics).errors, 0);
  return (
    <section aria-label={t.app.networkProblems} className={`network-problems${failed ? ' failed' : ''}`}>
      <details open={failed}>
        <summary>
          {t.app.networkProblemsSummary(
            count(errors, t.diagnostics.errors),
            count(files.length, t.app.inFiles),
          )}
        </summary>
        {!failed && <p>{t.app.networkPartial}</p>}
        {files.map((file) => (
          <div key={file.path}>
            <h3>{file.path}</h3>
            <DiagnosticList diagnostics={file.diagnostics} />
          </div>
        ))}
      </details>
    </section>
  );
}
