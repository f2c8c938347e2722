import { applyEdit, type ProgramEdit } from './edits';
import type { Program } from './model';

/** Undo keeps at least 200 steps; past this many the oldest edit is folded into the base. */
export const HISTORY_LIMIT = 250;

/**
 * Undo history as a base programme plus the edits applied to it: small to persist, replayable on reload.
 * `states` caches the programme after each edit (states[0] is the base) so undo and redo are O(1); edits
 * share structure with the programme they change, so the cache costs little memory.
 */
export interface History {
  base: Program;
  edits: ProgramEdit[];
  cursor: number;
  states: Program[];
}

export const createHistory = (program: Program): History => ({
  base: program,
  edits: [],
  cursor: 0,
  states: [program],
});

export const currentProgram = (h: History): Program => h.states[h.cursor]!;
export const canUndo = (h: History) => h.cursor > 0;
export const canRedo = (h: History) => h.cursor < h.edits.length;

/**
 * Applies an edit as a new undo step, dropping any redo tail. An edit that changes nothing records nothing.
 * With `merge`, an edit replaces the previous step when that step was the same kind of edit to the same
 * field, so typing a title is one undo step, not one per keystroke.
 */
export function commit(h: History, edit: ProgramEdit, merge = false): History {
  const current = currentProgram(h);
  const next = applyEdit(current, edit);
  if (next === current) return h;
  const previous = h.edits[h.cursor - 1];
  const mergeable =
    merge && h.cursor > 0 && !canRedo(h) && previous !== undefined && sameTarget(previous, edit);
  const keep = mergeable ? h.cursor - 1 : h.cursor;
  let edits = [...h.edits.slice(0, keep), edit];
  let states = [...h.states.slice(0, keep + 1), next];
  let base = h.base;
  if (edits.length > HISTORY_LIMIT) {
    const drop = edits.length - HISTORY_LIMIT;
    base = states[drop]!;
    edits = edits.slice(drop);
    states = states.slice(drop);
  }
  return { base, edits, cursor: edits.length, states };
}

function sameTarget(a: ProgramEdit, b: ProgramEdit): boolean {
  if (a.op !== b.op) return false;
  if (a.op === 'set-text' && b.op === 'set-text') return a.field === b.field;
  if (a.op === 'rename-stage' && b.op === 'rename-stage') return a.stageId === b.stageId;
  if (a.op === 'set-group-title' && b.op === 'set-group-title') return a.pointer === b.pointer;
  return a.op === 'set-final-assessment';
}

export const undo = (h: History): History => (canUndo(h) ? { ...h, cursor: h.cursor - 1 } : h);
export const redo = (h: History): History => (canRedo(h) ? { ...h, cursor: h.cursor + 1 } : h);

/** The edit the next undo or redo would revert or replay, to label the buttons and announce the step. */
export const undoEdit = (h: History): ProgramEdit | undefined => h.edits[h.cursor - 1];
export const redoEdit = (h: History): ProgramEdit | undefined => h.edits[h.cursor];

export interface SavedHistory {
  base: Program;
  edits: ProgramEdit[];
  cursor: number;
}

export const saveHistory = (h: History): SavedHistory => ({ base: h.base, edits: h.edits, cursor: h.cursor });

/** Rebuilds the state cache by replaying the edits; a cursor out of range (a damaged save) is clamped. */
export function restoreHistory(saved: SavedHistory): History {
  const states = [saved.base];
  for (const e of saved.edits) states.push(applyEdit(states[states.length - 1]!, e));
  return {
    base: saved.base,
    edits: saved.edits,
    cursor: Math.max(0, Math.min(saved.cursor, saved.edits.length)),
    states,
  };
}
