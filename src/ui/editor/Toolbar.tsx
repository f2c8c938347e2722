import { useState } from 'react';
import { blankProgram } from '../../domain/new-program';
import { canRedo, canUndo, redoEdit, undoEdit } from '../../domain/history';
import { fixLabel } from '../../i18n/render-diagnostic';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { newId } from '../../domain/ids';
import { useMessages } from '../common/use-messages';
import { ImportReport } from './ImportReport';
import { useFiles, type ImportOutcome } from './use-files';

export function Toolbar() {
  const { t, f, lang } = useMessages();
  const history = useAppStore((s) => s.history);
  const program = useAppStore(selectProgram);
  const { undo, redo, edit, openProgram } = useAppStore.getState();
  const { importFile, exportProgram, exportReviewPackage } = useFiles();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const nextUndo = history && undoEdit(history);
  const nextRedo = history && redoEdit(history);

  const newProgramme = () =>
    openProgram(
      blankProgram(
        newId('programme'),
        { [lang]: t.editor.toolbar.newTitle },
        { [lang]: t.editor.stage.newTitle(1) },
      ),
    );
  const addStage = () => {
    if (!program) return;
    const n = program.stages.length + 1;
    edit({
      op: 'add-stage',
      stageId: newId('stage'),
      title: { [lang]: t.editor.stage.newTitle(n) },
      index: program.stages.length,
    });
  };

  return (
    <>
      <div role="toolbar" aria-label={t.editor.toolbar.label} className="toolbar">
        <button type="button" onClick={newProgramme}>
          {t.editor.toolbar.newProgramme}
        </button>
        <button type="button" onClick={() => void importFile().then(setOutcome)}>
          {t.editor.toolbar.import}
        </button>
        <button type="button" disabled={!program} onClick={() => void exportProgram()}>
          {t.editor.toolbar.export}
        </button>
        <button type="button" disabled={!program} onClick={() => void exportReviewPackage()}>
          {t.editor.toolbar.exportPackage}
        </button>
        <span className="toolbar-gap" />
        {/* Undo and redo wrap to a new row together, never one without the other. */}
        <span className="toolbar-group">
          <button
            type="button"
            disabled={!history || !canUndo(history)}
            onClick={undo}
            title={nextUndo ? t.editor.toolbar.undoWhat(fixLabel(nextUndo, f)) : undefined}
          >
            {t.editor.toolbar.undo}
          </button>
          <button
            type="button"
            disabled={!history || !canRedo(history)}
            onClick={redo}
            title={nextRedo ? t.editor.toolbar.redoWhat(fixLabel(nextRedo, f)) : undefined}
          >
            {t.editor.toolbar.redo}
          </button>
        </span>
        <span className="toolbar-gap" />
        <button type="button" disabled={!program} onClick={addStage}>
          {t.editor.toolbar.addStage}
        </button>
      </div>
      <StepAnnouncer />
      {outcome && outcome.status !== 'cancelled' && outcome.status !== 'program' && (
        <ImportReport outcome={outcome} onClose={() => setOutcome(undefined)} />
      )}
    </>
  );
}

/** Says what undo or redo just did, for people who cannot see the canvas change. */
function StepAnnouncer() {
  const { t, f } = useMessages();
  const step = useAppStore((s) => s.lastStep);
  const text = step
    ? (step.kind === 'undo' ? t.editor.toolbar.undone : t.editor.toolbar.redone)(fixLabel(step.edit, f))
    : '';
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
