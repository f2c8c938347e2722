import type { StateCreator } from 'zustand';
import { restoreHistory } from '../domain/history';
import type { LocalizedText } from '../domain/model';
import {
  openLibrary,
  type Library,
  type LibrarySummary,
  type SaveResult,
  type TitleSuffix,
} from '../io/persistence/library-db';
import { copyProgramme } from '../io/persistence/programme-copy';
import { requestPersistentStorage } from '../io/persistence/storage';
import type { AppState } from './index';
import { selectProgram } from './selectors';

/** Where the open programme stands with respect to storage, as the user is told. */
export type SaveState =
  | { status: 'unsaved' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | {
      status: 'failed';
      reason: 'quota' | 'unavailable' | 'verify-failed' | 'not-found' | 'unknown';
      message: string;
    }
  | { status: 'conflict'; revision: number; savedAt: string };

export interface PersistenceSlice {
  library: Library | null;
  /** The open programme's place in the library; null until its first save. */
  document: { key: string; revision: number } | null;
  saveState: SaveState;
  summaries: LibrarySummary[];
  recentlyDeleted?: { key: string; title: LocalizedText };
  persistent?: 'granted' | 'denied' | 'unsupported';
  initPersistence: (name?: string) => Promise<boolean>;
  refreshLibrary: () => Promise<void>;
  openFromLibrary: (key: string) => Promise<boolean>;
  noteSaved: (result: SaveResult) => void;
  renameInLibrary: (key: string, title: LocalizedText) => Promise<void>;
  duplicateInLibrary: (key: string, suffix: { en: string; ru: string }) => Promise<void>;
  deleteFromLibrary: (key: string) => Promise<void>;
  undoDelete: () => Promise<void>;
  /** After a conflict with another tab: saves the open programme as a new, marked copy and continues on it. */
  keepMineAsCopy: (suffix: TitleSuffix) => Promise<void>;
}

export const createPersistenceSlice: StateCreator<AppState, [], [], PersistenceSlice> = (set, get) => ({
  library: null,
  document: null,
  saveState: { status: 'unsaved' },
  summaries: [],
  /** Opens the library and reopens the last programme with its undo history; false when there was none. */
  initPersistence: async (name) => {
    const library = await openLibrary(name);
    set({ library });
    void requestPersistentStorage().then((persistent) => set({ persistent }));
    if (!library.available) return false;
    await get().refreshLibrary();
    const last = await library.getLastOpened();
    return last ? get().openFromLibrary(last) : false;
  },
  refreshLibrary: async () => {
    const library = get().library;
    if (library) set({ summaries: await library.list() });
  },
  openFromLibrary: async (key) => {
    const library = get().library;
    const record = await library?.get(key);
    if (!library || !record || record.deletedAt) return false;
    get().openProgram(record.program, restoreHistory(record.history));
    set({ document: { key, revision: record.revision }, saveState: { status: 'saved', at: record.savedAt } });
    await library.setLastOpened(key);
    return true;
  },
  noteSaved: (result) => {
    if (result.ok) {
      set({
        document: { key: result.key, revision: result.revision },
        saveState: { status: 'saved', at: result.savedAt },
      });
      void get().library?.setLastOpened(result.key);
      void get().refreshLibrary();
    } else if (result.reason === 'conflict')
      set({ saveState: { status: 'conflict', revision: result.revision, savedAt: result.savedAt } });
    else set({ saveState: { status: 'failed', reason: result.reason, message: result.message } });
  },
  renameInLibrary: async (key, title) => {
    const { library, document } = get();
    const record = await library?.get(key);
    if (!library || !record) return;
    const result = await library.rename(key, title, record.revision);
    // The open programme is reloaded to show its new name; the rename also renamed its history's base, so undo keeps working.
    if (result.ok && document?.key === key) await get().openFromLibrary(key);
    await get().refreshLibrary();
  },
  duplicateInLibrary: async (key, suffix) => {
    await get().library?.duplicate(key, suffix);
    await get().refreshLibrary();
  },
  deleteFromLibrary: async (key) => {
    const { library, summaries } = get();
    const title = summaries.find((s) => s.key === key)?.title;
    if (!library || title === undefined) return;
    const result = await library.softDelete(key);
    if (result.ok) set({ recentlyDeleted: { key, title } });
    await get().refreshLibrary();
  },
  keepMineAsCopy: async (suffix) => {
    const { library, openProgram, noteSaved } = get();
    const program = selectProgram(get());
    if (!library || !program) return;
    // The copy starts its own history: the old one replays to the original's id and title, not the copy's.
    const copy = copyProgramme(program, suffix);
    openProgram(copy);
    noteSaved(await library.create(copy));
  },
  undoDelete: async () => {
    const { library, recentlyDeleted } = get();
    if (!library || !recentlyDeleted) return;
    await library.restore(recentlyDeleted.key);
    set({ recentlyDeleted: undefined });
    await get().refreshLibrary();
  },
});
