import { loadKind } from './load';
import { loadNetwork, type LoadedNetwork, type ReadBytes } from './network-source';
import type { Program } from '../domain/model';

// The sample network ships inside the app as raw text and goes through the same import pipeline as a
// user's files, so what the app shows on first start has been validated like anything else.
const files = import.meta.glob('/fixtures/sample/**/*.json', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export const SAMPLE_NETWORK = '/fixtures/sample/network.json';

const readBundled: ReadBytes = async (location) => {
  const load = files[location];
  if (!load) throw new Error('not in the bundled sample');
  return load();
};

export interface SampleProgramme {
  path: string;
  program: Program;
}

export async function loadSample(): Promise<{ network: LoadedNetwork; programmes: SampleProgramme[] }> {
  const network = await loadNetwork(SAMPLE_NETWORK, readBundled);
  const paths = Object.keys(files)
    .filter((p) => p.includes('/programmes/'))
    .sort();
  const programmes: SampleProgramme[] = [];
  for (const path of paths) {
    const loaded = loadKind(await readBundled(path), 'program');
    if (loaded.ok) programmes.push({ path, program: loaded.value });
  }
  return { network, programmes };
}
