import { useCallback } from 'react';
import { parseItemPointer } from '../../domain/edits';
import type { Module } from '../../domain/model';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';

/**
 * "Add to programme" without dragging: the module goes to the end of the stage the user is working in (the
 * selected stage, or the stage of the selected item), else the last stage.
 */
export function useAddModule() {
  return useCallback((m: Module) => {
    const state = useAppStore.getState();
    const program = selectProgram(state);
    if (!program) return;
    const { selection } = state;
    const at = selection.kind === 'item' ? parseItemPointer(selection.pointer) : undefined;
    const stage =
      (selection.kind === 'stage' && program.stages.find((s) => s.id === selection.stageId)) ||
      (at && program.stages[at.stage]) ||
      program.stages[program.stages.length - 1];
    const stageId = stage?.id ?? 'stage-1';
    const index = stage?.items.length ?? 0;
    const stageIndex = stage ? program.stages.indexOf(stage) : 0;
    state.edit(
      { op: 'add-module', module: m.id, version: m.version, stageId, index },
      { select: { kind: 'item', pointer: `/stages/${stageIndex}/items/${index}` } },
    );
  }, []);
}
