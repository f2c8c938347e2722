import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../fixtures/generator/generate-network';
import { buildNetworkIndex } from '../../src/domain/network-index';
import { validateProgram } from '../../src/domain/validate';
import { loadFile } from '../../src/io/load';

const options = { modules: 600, competencies: 300, programmeModules: 80, seed: 42 };

describe('gen:network', () => {
  const generated = generateNetwork(options);

  it('is deterministic for a seed and different for another', () => {
    expect(JSON.stringify(generateNetwork(options))).toBe(JSON.stringify(generated));
    expect(JSON.stringify(generateNetwork({ ...options, seed: 43 }))).not.toBe(JSON.stringify(generated));
  });

  it('writes files that pass their schemas, and a network with no cross-catalog problems', () => {
    for (const doc of [generated.network, generated.programme, ...Object.values(generated.catalogs)])
      expect(loadFile(JSON.stringify(doc)).diagnostics).toEqual([]);
    const sources = Object.entries(generated.catalogs).map(([source, catalog]) => ({ source, catalog }));
    const { index, diagnostics } = buildNetworkIndex(sources);
    expect(diagnostics).toEqual([]);
    expect(index.moduleVersions.size).toBe(options.modules);
    expect(index.competencies.size).toBe(options.competencies);
    // Every competency has a provider, and some modules use any-of prerequisites, as real catalogs do.
    expect([...index.competencies.keys()].filter((c) => !index.providers.has(c))).toEqual([]);
    const modules = [...index.moduleVersions.values()].map((v) => v[0]!);
    expect(modules.some((m) => m.prerequisites.some((p) => typeof p !== 'string'))).toBe(true);
  });

  it('produces a programme of the requested size that validates without a single diagnostic', () => {
    const sources = Object.entries(generated.catalogs).map(([source, catalog]) => ({ source, catalog }));
    const { index } = buildNetworkIndex(sources);
    expect(generated.programme.stages.flatMap((s) => s.items)).toHaveLength(options.programmeModules);
    expect(validateProgram(generated.programme, index, { asOf: '2026-09-01' })).toEqual([]);
  });
});
