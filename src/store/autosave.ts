import { currentProgram, saveHistory, type History } from '../domain/history';
import { createAutosaver } from '../io/persistence/autosave';
import { createTabSync } from '../io/persistence/tab-sync';
import type { SaveResult } from '../io/persistence/library-db';
import { useAppStore } from './index';

/**
 * Saves the open programme and its undo history at most 400 ms after the last edit, outside React so no
 * component can forget it. A programme that was only opened (a sample, a new one, an import) is saved on
 * its first edit. Saving stops on a conflict with another tab until the user decides.
 */
/**
 * Writing and verifying a large programme takes tens of milliseconds; in the middle of a drag that is a
 * dropped frame, so a save that falls due during a drag waits for the drop.
 */
function dragEnded(): Promise<void> {
  if (useAppStore.getState().dragging === null) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe((s) => {
      if (s.dragging !== null) return;
      stop();
      resolve();
    });
  });
}

export function startAutosave(tabId: string): () => void {
  const sync = createTabSync(tabId);
  const autosaver = createAutosaver<History>({
    save: async (history): Promise<SaveResult> => {
      await dragEnded();
      const { library, document } = useAppStore.getState();
      if (!library) return { ok: false, reason: 'unavailable', message: 'no library' };
      const content = { program: currentProgram(history), history: saveHistory(history) };
      return document
        ? library.save(document.key, content, document.revision)
        : library.create(content.program, content.history);
    },
    onResult: (result) => {
      useAppStore.getState().noteSaved(result);
      if (result.ok) sync.announceSaved(result.key, result.revision);
    },
  });
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.changes === previous.changes || !state.history) return;
    if (state.saveState.status === 'conflict' || !state.library?.available) return;
    useAppStore.setState({ saveState: { status: 'saving' } });
    autosaver.schedule(state.history);
  });
  const stopSync = sync.onSaved((key, revision) => {
    const { document, saveState, openFromLibrary } = useAppStore.getState();
    if (document?.key !== key || revision <= document.revision) return;
    // Another tab saved this programme. With nothing unsaved here, show theirs; otherwise never overwrite it.
    if (saveState.status === 'saved' && !autosaver.pending()) void openFromLibrary(key);
    else
      useAppStore.setState({
        saveState: { status: 'conflict', revision, savedAt: new Date().toISOString() },
      });
  });
  const flush = () => void autosaver.flush();
  const onHidden = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unsubscribe();
    stopSync();
    sync.close();
    autosaver.dispose();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
