import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadKind } from '../../src/io/load';
import { loadNetwork } from '../../src/io/network-source';
import { useAppStore } from '../../src/store';
import { filesWithErrors } from '../../src/store/library-slice';

// The sample network as a partner publishes it at an address; one catalog there is broken as a whole (a typo at
// its top level), another cannot be fetched at all.
const BASE = 'https://partners.example/network';
const sample = (path: string) => readFileSync(`fixtures/sample/${path}`, 'utf8');
const BROKEN = 'catalogs/silver-age-centre.json';
const MISSING = 'catalogs/schools.json';
const read = async (location: string) => {
  const path = location.slice(BASE.length + 1);
  if (path === MISSING) throw new Error('HTTP 404');
  if (path === BROKEN) return sample(path).replace('"publisher"', '"publisherr"');
  return sample(path);
};

const importFile = (name: string, path: string) => {
  const loaded = loadKind(sample(path), 'catalog');
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return useAppStore.getState().addCatalog(name, loaded.value);
};

const problemFiles = () =>
  filesWithErrors(useAppStore.getState().network!.files).map((f) => [
    f.path,
    [...new Set(f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))],
  ]);

describe('a partner’s fixed catalog imported over a network file that did not load', () => {
  beforeEach(async () => {
    const net = await loadNetwork(`${BASE}/network.json`, read);
    useAppStore.setState({ loadedNetwork: net, network: net, importedCatalogs: [] });
  });

  it('takes the broken file’s place: its error, and the gap it left, are gone', () => {
    expect(useAppStore.getState().network!.unloaded).toContain(`${BASE}/${BROKEN}`);
    expect(problemFiles()).toContainEqual([`${BASE}/${BROKEN}`, ['schema']]);

    const result = importFile('silver-age-centre.json', BROKEN);

    const network = useAppStore.getState().network!;
    expect(result.replaced).toBeUndefined();
    expect(network.unloaded).toEqual([`${BASE}/${MISSING}`]);
    expect(network.index.gaps.unloaded).toEqual([`${BASE}/${MISSING}`]);
    expect(problemFiles().map(([path]) => path)).not.toContain(`${BASE}/${BROKEN}`);
    expect(network.index.moduleVersions.has('m-gen-career-50plus')).toBe(true);
  });

  it('stands for a file that could not be fetched, and the manifest no longer reports it', () => {
    const manifestErrors = () =>
      useAppStore
        .getState()
        .network!.files[0]!.diagnostics.filter((d) => d.code === 'ref.unknown-catalog')
        .map((d) => d.params.detail);
    expect(manifestErrors()).toEqual([`${BASE}/${MISSING}`]);

    importFile('schools.json', MISSING);

    expect(manifestErrors()).toEqual([]);
    expect(useAppStore.getState().network!.unloaded).toEqual([`${BASE}/${BROKEN}`]);
  });

  it('replaces a loaded catalog of the same file name, even when its id changed', () => {
    const loaded = loadKind(sample('catalogs/employment-department.json'), 'catalog');
    if (!loaded.ok) throw new Error('sample');
    const renamed = { ...loaded.value, id: 'employment-department-2027' };
    const before = useAppStore.getState().network!.catalogs.length;

    const result = useAppStore.getState().addCatalog('employment-department.json', renamed);

    expect(result.replaced).toBe(`${BASE}/catalogs/employment-department.json`);
    expect(result.diagnostics.filter((d) => d.code === 'id.duplicate')).toEqual([]);
    expect(useAppStore.getState().network!.catalogs).toHaveLength(before);
  });
});

describe('catalogs published under the same file name at different addresses', () => {
  it('are both kept when a catalog of that file name (and another id) is imported', async () => {
    const files: Record<string, string> = {
      [`${BASE}/network.json`]: JSON.stringify({
        kind: 'network',
        schemaVersion: 1,
        id: 'two-partners',
        title: 'Two partners',
        catalogs: ['a/catalog.json', 'b/catalog.json'],
      }),
      [`${BASE}/a/catalog.json`]: sample('catalogs/schools.json'),
      [`${BASE}/b/catalog.json`]: sample('catalogs/silver-age-centre.json'),
    };
    const net = await loadNetwork(`${BASE}/network.json`, async (l) => files[l]!);
    useAppStore.setState({ loadedNetwork: net, network: net, importedCatalogs: [] });
    const result = importFile('catalog.json', 'catalogs/employment-department.json');
    expect(result.replaced).toBeUndefined();
    expect(useAppStore.getState().network!.catalogs.map((c) => c.source)).toEqual([
      `${BASE}/a/catalog.json`,
      `${BASE}/b/catalog.json`,
      'catalog.json',
    ]);
  });
});
