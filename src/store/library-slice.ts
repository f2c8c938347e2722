import type { StateCreator } from 'zustand';
import type { Diagnostic } from '../domain/diagnostics';
import type { Catalog } from '../domain/model';
import { fetchBytes } from '../io/fetch-bytes';
import { indexCatalogs, loadNetwork, type FileReport, type LoadedNetwork } from '../io/network-source';
import { loadSample, type SampleProgramme } from '../io/bundled-sample';
import type { AppState } from './index';

export interface LibrarySlice {
  network: LoadedNetwork | null;
  networkStatus: 'idle' | 'loading' | 'ready' | 'failed';
  networkError?: string;
  samples: SampleProgramme[];
  loadSampleNetwork: () => Promise<void>;
  /** Opens a network published at a URL (a manifest and its catalogs), e.g. `?network=https://…/network.json`. */
  loadNetworkFrom: (url: string) => Promise<void>;
  /** Adds a partner's catalog to the network; returns the problems found in it against the rest. */
  /**
   * Adds a catalog to the network, or replaces the one with the same id or source (a partner's updated
   * catalog): its own problems, and the source it replaced.
   */
  addCatalog: (source: string, catalog: Catalog) => { diagnostics: Diagnostic[]; replaced?: string };
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
    } catch (e) {
      set({ networkStatus: 'failed', networkError: e instanceof Error ? e.message : String(e) });
    }
  },
  loadNetworkFrom: async (url) => {
    set({ networkStatus: 'loading' });
    const network = await loadNetwork(url, fetchBytes);
    const problems = network.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error');
    if (!network.network || problems.length)
      set({
        networkStatus: 'failed',
        networkError: `${url}: ${problems.length} problems (${problems[0]?.code ?? 'unreadable'})`,
      });
    else set({ network, samples: [], networkStatus: 'ready' });
  },
  addCatalog: (source, catalog) => {
    const network = get().network;
    if (!network) return { diagnostics: [] };
    const isOld = (c: { source: string; catalog: Catalog }) =>
      c.source === source || c.catalog.id === catalog.id;
    const replaced = network.catalogs.find(isOld)?.source;
    const catalogs = [...network.catalogs.filter((c) => !isOld(c)), { source, catalog }];
    // Reports are rebuilt for the indexing only to pick out the new catalog's own cross-network problems.
    const reports: FileReport[] = catalogs.map((c) => ({ path: c.source, kind: 'catalog', diagnostics: [] }));
    const index = indexCatalogs(catalogs, network.network, reports);
    const own = reports[reports.length - 1]!;
    set({
      network: {
        ...network,
        catalogs,
        index,
        files: [...network.files.filter((f) => f.path !== source && f.path !== replaced), own],
      },
    });
    return { diagnostics: own.diagnostics, ...(replaced !== undefined && { replaced }) };
  },
});
