import { nanoid } from 'nanoid';
import { startAutosave } from './autosave';
import { useAppStore } from './index';

/**
 * First start: the sample network, then the library. The last programme comes back with its undo history;
 * with none, the first sample opens, so the app is useful at once.
 */
export async function bootstrap(): Promise<() => void> {
  const { loadSampleNetwork, initPersistence } = useAppStore.getState();
  const [, restored] = await Promise.all([loadSampleNetwork(), initPersistence()]);
  const { history, samples, openProgram } = useAppStore.getState();
  if (!restored && !history && samples[0]) openProgram(samples[0].program);
  return startAutosave(nanoid());
}
