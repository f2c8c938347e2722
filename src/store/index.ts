import { create } from 'zustand';
import { createEditorSlice, type EditorSlice } from './editor-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createPersistenceSlice, type PersistenceSlice } from './persistence-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createTraineeSlice, type TraineeSlice } from './trainee-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = LibrarySlice & EditorSlice & UiSlice & PersistenceSlice & TraineeSlice & ReviewSlice;

/** The one store: slices keep their actions next to their state; derived data lives in selectors. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createLibrarySlice(...a),
  ...createEditorSlice(...a),
  ...createUiSlice(...a),
  ...createPersistenceSlice(...a),
  ...createTraineeSlice(...a),
  ...createReviewSlice(...a),
}));
