import type { StateCreator } from 'zustand';
import type { Program } from '../domain/model';
import type { AppState } from './index';

export interface EditorSlice {
  program: Program | null;
  openProgram: (program: Program) => void;
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set) => ({
  program: null,
  openProgram: (program) => set({ program }),
});
