import type { StateCreator } from 'zustand';
import type { Diagnostic } from '../domain/diagnostics';
import type { Catalog } from '../domain/model';
import { fetchBytes } from '../io/fetch-bytes';
import type { CatalogSource } from '../domain/network-index';
import { loadKind } from '../io/load';
import {
  indexCatalogs,
  loadNetwork,
  overlayCatalogs,
  type FileReport,
  type LoadedNetwork,
} from '../io/network-source';
import { loadSample, type SampleProgramme } from '../io/bundled-sample';
import type { AppState } from './index';

export interface LibrarySlice {
  /** The network in use: as loaded, with the catalogs the user imported in place of or beside its own. */
  network: LoadedNetwork | null;
  /** The network as loaded, before imports: what removing an imported catalog goes back to. */
  loadedNetwork: LoadedNetwork | null;
  /** Catalogs the user imported, in import order; kept in the library so they survive a reload. */
  importedCatalogs: CatalogSource[];
  networkStatus: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the network failed to load: an exception's reason, or the files with the problems that stopped it. */
  networkError?: string;
  networkFailure?: FileReport[];
  samples: SampleProgramme[];
  loadSampleNetwork: () => Promise<void>;
  /** Opens a network published at a URL (a manifest and its catalogs), e.g. `?network=https://…/network.json`. */
  loadNetworkFrom: (url: string) => Promise<void>;
  /**
   * Adds a catalog to the network, or replaces the one with the same id or source (a partner's updated
   * catalog): its own problems, and the source it replaced.
   */
  addCatalog: (source: string, catalog: Catalog) => { diagnostics: Diagnostic[]; replaced?: string };
  /** Takes an imported catalog out; a network catalog it had replaced comes back. */
  removeImportedCatalog: (source: string) => void;
  /** Brings back the catalogs imported in earlier visits, each read again through the import pipeline. */
  restoreImportedCatalogs: () => Promise<void>;
}

/** A location's file name: an imported file has only its name, a network file a path or an address. */
const fileName = (location: string) => location.split(/[?#]/, 1)[0]!.split('/').pop()!;

/** The manifest's report of a catalog it could not read, when an import now stands for that catalog. */
const unreadableFixed = (d: Diagnostic, fixed: (location: string) => boolean) =>
  d.code === 'ref.unknown-catalog' && d.params.detail !== undefined && fixed(d.params.detail);

/**
 * How imports take the place of the network's own files: the catalog with the import's id; failing that, the
 * one network file (loaded or not, the manifest aside) with the import's file name. Only when exactly one has
 * it: partners often name their files alike (catalog.json) at different addresses, and an import must not
 * take the place of them all.
 */
function importMatcher(loaded: LoadedNetwork) {
  const manifest = loaded.files[0]?.path;
  const locations = [
    ...loaded.catalogs.map((c) => c.source),
    ...loaded.unloaded.filter((u) => u !== manifest),
  ];
  const ids = new Set(loaded.catalogs.map((c) => c.catalog.id));
  const standsFor = (imported: CatalogSource) => {
    if (ids.has(imported.catalog.id)) return undefined;
    const named = locations.filter((l) => fileName(l) === fileName(imported.source));
    return named.length === 1 ? named[0] : undefined;
  };
  return {
    replaces: (catalog: CatalogSource, imported: CatalogSource) =>
      catalog.catalog.id === imported.catalog.id || standsFor(imported) === catalog.source,
    /** Whether one of the imports stands for this network location. */
    fixes: (imports: readonly CatalogSource[]) => (location: string) =>
      imports.some((c) => standsFor(c) === location),
  };
}

/**
 * The loaded network with imported catalogs laid over it: each import takes the place of a catalog with its id
 * or file name, or of a file that could not be loaded (a partner's fixed catalog). Reports keep the network's
 * files and add one per import, with its cross-network problems.
 */
function withImports(loaded: LoadedNetwork, imported: readonly CatalogSource[]): LoadedNetwork {
  if (imported.length === 0) return loaded;
  const match = importMatcher(loaded);
  const catalogs = overlayCatalogs(loaded.catalogs, imported, match.replaces);
  const kept = catalogs.slice(0, catalogs.length - imported.length);
  const reports: FileReport[] = catalogs.map((c) => ({ path: c.source, kind: 'catalog', diagnostics: [] }));
  const fixed = match.fixes(imported);
  const unloaded = loaded.unloaded.filter((u) => !fixed(u));
  const index = indexCatalogs(catalogs, loaded.network, reports, unloaded);
  const manifest = loaded.files[0]?.path;
  const keptFiles = loaded.files
    .filter(
      (f) =>
        !loaded.catalogs.some((c) => c.source === f.path && !kept.includes(c)) &&
        !(loaded.unloaded.includes(f.path) && fixed(f.path)),
    )
    .map((f) =>
      f.path === manifest
        ? { ...f, diagnostics: f.diagnostics.filter((d) => !unreadableFixed(d, fixed)) }
        : f,
    );
  return { ...loaded, catalogs, unloaded, index, files: [...keptFiles, ...reports.slice(kept.length)] };
}

/** The files of a network with errors in them. */
export const filesWithErrors = (files: readonly FileReport[]): FileReport[] =>
  files.filter((f) => f.diagnostics.some((d) => d.severity === 'error'));

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => {
  /** Sets the imports and rebuilds the network over them. */
  const applyImports = (importedCatalogs: CatalogSource[]) => {
    const { loadedNetwork } = get();
    set({ importedCatalogs, network: loadedNetwork && withImports(loadedNetwork, importedCatalogs) });
  };
  /** A change the user made: applied, and kept for the next visit. */
  const changeImports = (importedCatalogs: CatalogSource[]) => {
    applyImports(importedCatalogs);
    void get().library?.setImportedCatalogs(
      importedCatalogs.map((c) => ({ source: c.source, text: JSON.stringify(c.catalog) })),
    );
  };
  const loaded = (network: LoadedNetwork) => ({
    loadedNetwork: network,
    network: withImports(network, get().importedCatalogs),
  });
  return {
    network: null,
    loadedNetwork: null,
    importedCatalogs: [],
    networkStatus: 'idle',
    samples: [],
    loadSampleNetwork: async () => {
      if (get().networkStatus === 'loading') return;
      set({ networkStatus: 'loading' });
      try {
        const { network, programmes } = await loadSample();
        set({ ...loaded(network), samples: programmes, networkStatus: 'ready' });
      } catch (e) {
        set({ networkStatus: 'failed', networkError: e instanceof Error ? e.message : String(e) });
      }
    },
    loadNetworkFrom: async (url) => {
      set({ networkStatus: 'loading' });
      const network = await loadNetwork(url, fetchBytes);
      // A network opens with whatever of it loaded (its problems are shown beside the editor); only one with
      // no manifest or no catalog at all is nothing to work with.
      if (!network.network || network.catalogs.length === 0)
        set({ networkStatus: 'failed', networkFailure: filesWithErrors(network.files) });
      else set({ ...loaded(network), samples: [], networkStatus: 'ready' });
    },
    addCatalog: (source, catalog) => {
      const { network, importedCatalogs } = get();
      if (!network) return { diagnostics: [] };
      const added = { source, catalog };
      const { replaces } = importMatcher(get().loadedNetwork ?? network);
      const replaced = network.catalogs.find((c) => replaces(c, added))?.source;
      changeImports(overlayCatalogs(importedCatalogs, [added]));
      const own = get().network?.files.find((f) => f.path === source)?.diagnostics ?? [];
      return { diagnostics: own, ...(replaced !== undefined && { replaced }) };
    },
    removeImportedCatalog: (source) =>
      changeImports(get().importedCatalogs.filter((c) => c.source !== source)),
    restoreImportedCatalogs: async () => {
      const files = (await get().library?.getImportedCatalogs()) ?? [];
      const restored = files.flatMap(({ source, text }) => {
        const read = loadKind(text, 'catalog');
        return read.ok ? [{ source, catalog: read.value }] : [];
      });
      // Read back, not changed: nothing to write again.
      if (restored.length) applyImports(restored);
    },
  };
};
