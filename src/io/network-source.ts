import { diagnostic, pointerOf, type Diagnostic } from '../domain/diagnostics';
import type { FileKind, Network } from '../domain/model';
import {
  buildNetworkIndex,
  checkManifest,
  type CatalogSource,
  type NetworkIndex,
} from '../domain/network-index';
import { loadKind } from './load';

/** Reads a file by location; rejects with a short reason when it cannot. */
export type ReadBytes = (location: string) => Promise<string | Uint8Array>;

export interface FileReport {
  path: string;
  kind?: FileKind;
  diagnostics: Diagnostic[];
}

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '')
      out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** A catalog entry of a manifest, resolved against the manifest's own location (path or URL). */
export function resolveLocation(manifest: string, entry: string): string {
  if (isUrl(entry)) return entry;
  if (isUrl(manifest)) return new URL(entry, manifest).href;
  if (entry.startsWith('/')) return normalizePath(entry);
  return normalizePath(manifest.replace(/\\/g, '/').replace(/[^/]*$/, '') + entry);
}

export const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface LoadedNetwork {
  network?: Network;
  catalogs: CatalogSource[];
  /** The manifest or catalogs that could not be loaded at all: the network is missing whatever they hold. */
  unloaded: string[];
  index: NetworkIndex;
  /** One report per file read (manifest first), with load problems and cross-catalog problems. */
  files: FileReport[];
}

/** Builds the index from catalog sources, attributing every cross-catalog diagnostic to its own file's report. */
export function indexCatalogs(
  catalogs: CatalogSource[],
  network: Network | undefined,
  files: FileReport[],
  unloaded: readonly string[] = [],
): NetworkIndex {
  const { index, diagnostics } = buildNetworkIndex(catalogs, network, unloaded);
  for (const d of diagnostics) {
    const { source, ...rest } = d;
    files.find((f) => f.path === source)?.diagnostics.push(rest);
  }
  return index;
}

/** Whether one catalog takes the other's place: the same id, or the same file. */
export const sameCatalog = (a: CatalogSource, b: CatalogSource) =>
  a.source === b.source || a.catalog.id === b.catalog.id;

/**
 * Catalogs with `updates` laid over them: each update takes the place of the catalog with its id or source (a
 * partner's updated catalog), so the two never collide on every id they share. Kept catalogs come first.
 */
export function overlayCatalogs(
  catalogs: readonly CatalogSource[],
  updates: readonly CatalogSource[],
  same: (catalog: CatalogSource, update: CatalogSource) => boolean = sameCatalog,
): CatalogSource[] {
  return [...catalogs.filter((c) => !updates.some((u) => same(c, u))), ...updates];
}

/**
 * Reads catalog files, reporting each. Items the schema refuses are left out of their catalog; a catalog that is
 * unreadable or broken as a whole is left out of the network, and listed as unloaded.
 */
export async function readCatalogs(
  locations: readonly string[],
  read: ReadBytes,
  files: FileReport[],
  onUnreadable: (i: number, reason: string) => void,
): Promise<{ catalogs: CatalogSource[]; unloaded: string[] }> {
  // Each catalog is parsed as soon as its bytes arrive, overlapping reading with parsing; results keep the
  // manifest's order so reports and duplicate-id attribution do not depend on timing.
  const results = await Promise.all(
    locations.map((path) =>
      read(path).then(
        (bytes) => ({ path, loaded: loadKind(bytes, 'catalog', { salvage: true }) }),
        (e: unknown) => ({ path, reason: reasonOf(e) }),
      ),
    ),
  );
  const catalogs: CatalogSource[] = [];
  const unloaded: string[] = [];
  results.forEach((r, i) => {
    if ('reason' in r) {
      unloaded.push(r.path);
      return onUnreadable(i, r.reason);
    }
    const { loaded } = r;
    files.push({ path: r.path, kind: loaded.kind ?? 'catalog', diagnostics: loaded.diagnostics });
    if (!loaded.ok) unloaded.push(r.path);
    else
      catalogs.push({
        source: r.path,
        catalog: loaded.value,
        ...(loaded.salvage && { salvage: loaded.salvage }),
      });
  });
  return { catalogs, unloaded };
}

/** A network manifest and its catalogs, read through `read` (the file system in the CLI, fetch in the browser). */
export async function loadNetwork(
  manifestPath: string,
  read: ReadBytes,
  extraCatalogs: readonly string[] = [],
): Promise<LoadedNetwork> {
  const files: FileReport[] = [];
  let network: Network | undefined;
  let locations: string[] = [];
  const manifest: FileReport = { path: manifestPath, kind: 'network', diagnostics: [] };
  files.push(manifest);
  // A manifest that cannot be read (a URL that is down) is reported in its own place, like any other file.
  const bytes = await read(manifestPath).catch((e: unknown) => unreadable(manifestPath, reasonOf(e)));
  const loaded = isReport(bytes)
    ? { ok: false as const, diagnostics: bytes.diagnostics }
    : loadKind(bytes, 'network');
  manifest.diagnostics.push(...loaded.diagnostics);
  if (loaded.ok) {
    network = loaded.value;
    locations = network.catalogs.map((c) => resolveLocation(manifestPath, c));
  }
  // A manifest naming one file twice (`x.json`, `./x.json`) means one catalog, not two copies of every id;
  // each file is read once, and reported at its first entry.
  const entries = locations
    .map((location, at) => ({ location, at }))
    .filter((e, i, all) => all.findIndex((x) => x.location === e.location) === i);
  const unique = entries.map((e) => e.location);
  const extra = extraCatalogs.filter((c) => !unique.includes(c));
  const listed = await readCatalogs(unique, read, files, (i, reason) =>
    manifest.diagnostics.push(
      diagnostic('ref.unknown-catalog', 'error', pointerOf('catalogs', entries[i]!.at), {
        detail: unique[i],
        kind: reason,
      }),
    ),
  );
  const added = await readCatalogs(extra, read, files, (i, reason) =>
    files.push(unreadable(extra[i]!, reason)),
  );
  // A catalog given besides the manifest replaces the manifest's catalog of the same id.
  const catalogs = overlayCatalogs(listed.catalogs, added.catalogs);
  // Without its manifest, the network is missing everything.
  const unloaded = [...(loaded.ok ? [] : [manifestPath]), ...listed.unloaded, ...added.unloaded];
  const index = indexCatalogs(catalogs, network, files, unloaded);
  if (network) manifest.diagnostics.push(...checkManifest(network, index));
  return { network, catalogs, unloaded, index, files };
}

const isReport = (x: unknown): x is FileReport => typeof x === 'object' && x !== null && 'diagnostics' in x;

/** A file that could not be read at all, reported in its own place. */
export const unreadable = (path: string, reason: string): FileReport => ({
  path,
  diagnostics: [diagnostic('json.parse', 'error', '', { detail: 'unreadable', kind: reason })],
});
