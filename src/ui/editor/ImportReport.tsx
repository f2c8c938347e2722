import { useEffect, useRef } from 'react';
import { countDiagnostics } from '../../domain/diagnostics';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { DiagnosticList } from '../common/DiagnosticList';
import { useMessages } from '../common/use-messages';
import type { ImportOutcome } from './use-files';

/** What happened to an imported file: refused with its problems, or added with what to look at. */
export function ImportReport({
  outcome,
  onClose,
}: {
  outcome: Extract<ImportOutcome, { diagnostics: unknown }>;
  onClose: () => void;
}) {
  const { t, count } = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [outcome]);
  const counts = countDiagnostics(outcome.diagnostics);
  const openId = useAppStore((s) => selectProgram(s)?.id);
  const errors = count(counts.errors, t.diagnostics.errors);
  const warnings = count(counts.warnings, t.diagnostics.warnings);
  const heading =
    outcome.status === 'refused'
      ? t.app.importRefused(outcome.name)
      : outcome.status === 'comments'
        ? t.review.imported(outcome.name, outcome.count)
        : outcome.replaced !== undefined
          ? t.app.replacedCatalog(outcome.name, outcome.replaced, errors, warnings)
          : t.app.importedCatalog(outcome.name, errors, warnings);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={outcome.status === 'refused' ? 'alert' : 'status'}
      className={`import-report ${outcome.status}`}
    >
      <p>
        <strong>{heading}</strong>
      </p>
      {outcome.status === 'comments' && openId !== outcome.programId && (
        <p>{t.review.otherProgramme(outcome.programId, openId ?? '—')}</p>
      )}
      {outcome.status === 'catalog' && outcome.framework && (
        <p>{t.app.frameworkImported(outcome.framework.competencies, outcome.framework.notes)}</p>
      )}
      {outcome.diagnostics.length > 0 && <DiagnosticList diagnostics={outcome.diagnostics} />}
      <button type="button" onClick={onClose}>
        {t.app.dismiss}
      </button>
    </div>
  );
}
