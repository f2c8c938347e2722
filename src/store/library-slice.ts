import type { StateCreator } from 'zustand';
import type { LoadedNetwork } from '../io/network-source';
import { loadSample, type SampleProgramme } from '../io/bundled-sample';
import type { AppState } from './index';

export interface LibrarySlice {
  network: LoadedNetwork | null;
  networkStatus: 'idle' | 'loading' | 'ready' | 'failed';
  networkError?: string;
  samples: SampleProgramme[];
  loadSampleNetwork: () => Promise<void>;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
  network: null,
  networkStatus: 'idle',
  samples: [],
  loadSampleNetwork: async () => {
    if (get().networkStatus === 'loading') return;
    set({ networkStatus: 'loading' });
    try {
      const { network, programmes } = await loadSample();
      set({ network, samples: programmes, networkStatus: 'ready' });
      if (!get().program && programmes[0]) get().openProgram(programmes[0].program);
    } catch (e) {
      set({ networkStatus: 'failed', networkError: e instanceof Error ? e.message : String(e) });
    }
  },
});
