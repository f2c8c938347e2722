import { nanoid } from 'nanoid';
import { newId } from '../domain/ids';
import { blankProgram } from '../domain/new-program';
import { UI } from '../i18n/ui';
import { fetchBytes } from '../io/fetch-bytes';
import { loadKind } from '../io/load';
import { startAutosave } from './autosave';
import { useAppStore } from './index';
import { restoreReviewComments, startReviewPersistence } from './review-persistence';
import { restoreTrainee, startTraineePersistence } from './trainee-persistence';

/**
 * First start: the sample network, then the library. The last programme comes back with its undo history;
 * with none, the first sample opens, so the app is useful at once.
 */
export async function bootstrap(location: { search: string; href: string }): Promise<() => void> {
  const params = new URLSearchParams(location.search);
  const networkUrl = params.get('network');
  const programUrl = params.get('program');
  const { loadSampleNetwork, loadNetworkFrom, initPersistence } = useAppStore.getState();
  const network = networkUrl ? loadNetworkFrom(new URL(networkUrl, location.href).href) : loadSampleNetwork();
  const [, restored] = await Promise.all([network, initPersistence()]);
  // Catalogs imported in earlier visits join the network before any programme is checked against it.
  await useAppStore.getState().restoreImportedCatalogs();
  restoreTrainee();
  const stopTrainee = startTraineePersistence();
  restoreReviewComments();
  const stopReview = startReviewPersistence();
  // A programme named in the address is what the user asked for, before anything remembered.
  if (!(programUrl && (await openProgramFrom(new URL(programUrl, location.href).href)))) {
    const { history, samples, openProgram, lang } = useAppStore.getState();
    // A network of one's own comes without sample programmes: start a blank one on it.
    const t = UI[lang].editor;
    if (!restored && !history)
      openProgram(
        samples[0]?.program ??
          blankProgram(newId('programme'), { [lang]: t.toolbar.newTitle }, { [lang]: t.stage.newTitle(1) }),
      );
  }
  const stopAutosave = startAutosave(nanoid());
  return () => {
    stopAutosave();
    stopTrainee();
    stopReview();
  };
}

async function openProgramFrom(url: string): Promise<boolean> {
  try {
    const loaded = loadKind(await fetchBytes(url), 'program');
    if (loaded.ok) useAppStore.getState().openProgram(loaded.value);
    return loaded.ok;
  } catch {
    return false;
  }
}
