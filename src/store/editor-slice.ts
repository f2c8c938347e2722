import type { StateCreator } from 'zustand';
import type { ProgramEdit } from '../domain/edits';
import { commit, createHistory, redo, undo, type History } from '../domain/history';
import type { Id, Program } from '../domain/model';
import type { AppState } from './index';

/** What the inspector shows and Delete acts on. */
export type Selection =
  | { kind: 'item'; pointer: string }
  | { kind: 'catalog-module'; module: Id }
  | { kind: 'stage'; stageId: Id }
  | { kind: 'program' };

export interface EditorSlice {
  /** The open programme lives only inside its history; `selectProgram` derives it. */
  history: History | null;
  selection: Selection;
  /** Counts edits, undos and redos in this session: what autosave listens to (opening a programme is none). */
  changes: number;
  /** The last undo or redo, for the live region that tells screen-reader users what happened. */
  lastStep?: { kind: 'undo' | 'redo'; edit: ProgramEdit; at: number };
  /**
   * Opens a programme. What is only opened (a sample, a new one) goes into the library on its first edit;
   * `save` puts it there at once (an imported file: the user chose it, and a reload must not lose it).
   */
  openProgram: (program: Program, history?: History, options?: { save?: boolean }) => void;
  edit: (edit: ProgramEdit, options?: { merge?: boolean; select?: Selection }) => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection) => void;
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  history: null,
  selection: { kind: 'program' },
  changes: 0,
  // Whatever is opened here is not (yet) the library's: its first edit, or a save asked for, creates the entry.
  openProgram: (program, history, options) =>
    set((s) => ({
      history: history ?? createHistory(program),
      selection: { kind: 'program' },
      lastStep: undefined,
      document: null,
      saveState: { status: 'unsaved' },
      ...(options?.save && { changes: s.changes + 1 }),
    })),
  edit: (edit, options) => {
    const { history, changes } = get();
    if (!history) return;
    const next = commit(history, edit, options?.merge);
    if (next !== history)
      set({ history: next, changes: changes + 1, ...(options?.select && { selection: options.select }) });
  },
  undo: () => {
    const { history, changes } = get();
    if (!history || history.cursor === 0) return;
    const edit = history.edits[history.cursor - 1]!;
    set({ history: undo(history), changes: changes + 1, lastStep: { kind: 'undo', edit, at: Date.now() } });
  },
  redo: () => {
    const { history, changes } = get();
    if (!history || history.cursor >= history.edits.length) return;
    const edit = history.edits[history.cursor]!;
    set({ history: redo(history), changes: changes + 1, lastStep: { kind: 'redo', edit, at: Date.now() } });
  },
  select: (selection) => set({ selection }),
});
