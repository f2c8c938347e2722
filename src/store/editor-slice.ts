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
  /** The last undo or redo, for the live region that tells screen-reader users what happened. */
  lastStep?: { kind: 'undo' | 'redo'; edit: ProgramEdit; at: number };
  openProgram: (program: Program, history?: History) => void;
  edit: (edit: ProgramEdit, options?: { merge?: boolean; select?: Selection }) => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection) => void;
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  history: null,
  selection: { kind: 'program' },
  openProgram: (program, history) =>
    set({ history: history ?? createHistory(program), selection: { kind: 'program' }, lastStep: undefined }),
  edit: (edit, options) => {
    const { history } = get();
    if (!history) return;
    const next = commit(history, edit, options?.merge);
    if (next !== history) set({ history: next, ...(options?.select && { selection: options.select }) });
  },
  undo: () => {
    const { history } = get();
    if (!history || history.cursor === 0) return;
    set({
      history: undo(history),
      lastStep: { kind: 'undo', edit: history.edits[history.cursor - 1]!, at: Date.now() },
    });
  },
  redo: () => {
    const { history } = get();
    if (!history || history.cursor >= history.edits.length) return;
    set({
      history: redo(history),
      lastStep: { kind: 'redo', edit: history.edits[history.cursor]!, at: Date.now() },
    });
  },
  select: (selection) => set({ selection }),
});
