import { diagnostic, pointerOf, type Diagnostic, type Named } from './diagnostics';
import type { Bounds, Catalog, Competency, Id, Module, Network, Partner, Resource } from './model';
import { alternativesOf, findPrerequisiteCycles } from './prereq-graph';
import { compareSemver } from './semver';

export interface CatalogSource {
  /** Where the catalog came from (a path or URL), used to attribute diagnostics. */
  source: string;
  catalog: Catalog;
}

interface Located<T> {
  value: T;
  source: string;
  pointer: string;
}

/** Everything a rule needs to look up, built once per network so validation stays linear. */
export interface NetworkIndex {
  partners: Map<Id, Partner>;
  competencies: Map<Id, Competency>;
  resources: Map<Id, Resource & { partnerId: Id }>;
  /** Every version of each module, newest first. */
  moduleVersions: Map<Id, Module[]>;
  /** Modules (newest version of each id) that develop each competency. */
  providers: Map<Id, Module[]>;
  moduleLocations: Map<Module, { source: string; pointer: string }>;
  bounds?: Bounds;
  basePartnerId?: Id;
}

export const named = {
  module: (m: Module): Named => ({ id: m.id, name: m.title }),
  competency: (c: Competency | undefined, id: Id): Named => (c ? { id, name: c.title, code: c.code } : { id }),
  partner: (p: Partner | undefined, id: Id): Named => (p ? { id, name: p.name } : { id }),
};

export function resolveModule(index: NetworkIndex, id: Id, version: string): Module | undefined {
  return index.moduleVersions.get(id)?.find((m) => m.version === version);
}
export const latestModule = (index: NetworkIndex, id: Id): Module | undefined => index.moduleVersions.get(id)?.[0];

function collectUnique<T extends { id: Id }>(
  kind: NonNullable<Diagnostic['params']['what']>,
  entries: Located<T>[],
  keyOf: (t: T) => string,
  diagnostics: Diagnostic[],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const { value, source, pointer } of entries) {
    const key = keyOf(value);
    if (map.has(key)) diagnostics.push(diagnostic('id.duplicate', 'error', pointer, { what: kind, detail: key }, { source }));
    else map.set(key, value);
  }
  return map;
}

/** Indexes a network's catalogs and reports what is wrong across them: duplicates, dangling references, cycles. */
export function buildNetworkIndex(
  sources: readonly CatalogSource[],
  network?: Pick<Network, 'bounds' | 'basePartnerId'>,
): { index: NetworkIndex; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const partnerEntries: Located<Partner>[] = [];
  const resourceEntries: Located<Resource & { partnerId: Id }>[] = [];
  const competencyEntries: Located<Competency>[] = [];
  const moduleEntries: Located<Module>[] = [];
  for (const { source, catalog } of sources) {
    catalog.partners.forEach((p, i) => {
      partnerEntries.push({ value: p, source, pointer: pointerOf('partners', i) });
      p.resources.forEach((r, j) =>
        resourceEntries.push({ value: { ...r, partnerId: p.id }, source, pointer: pointerOf('partners', i, 'resources', j) }),
      );
    });
    catalog.competencies.forEach((c, i) => competencyEntries.push({ value: c, source, pointer: pointerOf('competencies', i) }));
    catalog.modules.forEach((m, i) => moduleEntries.push({ value: m, source, pointer: pointerOf('modules', i) }));
  }
  const partners = collectUnique('partner', partnerEntries, (p) => p.id, diagnostics);
  const resources = collectUnique('resource', resourceEntries, (r) => r.id, diagnostics);
  const competencies = collectUnique('competency', competencyEntries, (c) => c.id, diagnostics);
  const uniqueModules = collectUnique('module', moduleEntries, (m) => `${m.id}@${m.version}`, diagnostics);

  const moduleLocations = new Map<Module, { source: string; pointer: string }>();
  for (const e of moduleEntries) moduleLocations.set(e.value, e);
  const moduleVersions = new Map<Id, Module[]>();
  for (const m of uniqueModules.values()) (moduleVersions.get(m.id) ?? moduleVersions.set(m.id, []).get(m.id)!).push(m);
  for (const list of moduleVersions.values()) list.sort((a, b) => compareSemver(b.version, a.version));
  const providers = new Map<Id, Module[]>();
  for (const [, [latest]] of moduleVersions)
    for (const c of latest!.outcomes) (providers.get(c) ?? providers.set(c, []).get(c)!).push(latest!);

  for (const m of uniqueModules.values()) {
    const { source, pointer } = moduleLocations.get(m)!;
    const at = (...rest: (string | number)[]) => pointer + pointerOf(...rest);
    const extra = { source, moduleId: m.id };
    if (!partners.has(m.partnerId))
      diagnostics.push(diagnostic('ref.unknown-partner', 'error', at('partnerId'), { partner: { id: m.partnerId } }, extra));
    m.outcomes.forEach((c, i) => {
      if (!competencies.has(c))
        diagnostics.push(diagnostic('ref.unknown-competency', 'error', at('outcomes', i), { competency: { id: c }, context: 'outcome' }, extra));
    });
    m.prerequisites.forEach((p, i) =>
      alternativesOf(p).forEach((c, j) => {
        if (!competencies.has(c))
          diagnostics.push(
            diagnostic('ref.unknown-competency', 'error', typeof p === 'string' ? at('prerequisites', i) : at('prerequisites', i, 'anyOf', j), {
              competency: { id: c },
              context: 'prerequisite',
            }, extra),
          );
      }),
    );
    m.resources.forEach((r, i) => {
      if (!resources.has(r)) diagnostics.push(diagnostic('ref.unknown-resource', 'error', at('resources', i), { resource: { id: r } }, extra));
    });
  }

  const latest = [...moduleVersions.values()].map((v) => v[0]!);
  for (const cycle of findPrerequisiteCycles(latest, (c) => !providers.has(c))) {
    for (const m of cycle.modules) {
      const { source, pointer } = moduleLocations.get(m)!;
      diagnostics.push(
        diagnostic('prereq.cycle', 'error', `${pointer}/prerequisites`, {
          module: named.module(m),
          modules: cycle.modules.map(named.module),
          competencies: cycle.competencies.map((c) => named.competency(competencies.get(c), c)),
        }, { source, moduleId: m.id }),
      );
    }
  }

  return {
    index: { partners, competencies, resources, moduleVersions, providers, moduleLocations, bounds: network?.bounds, basePartnerId: network?.basePartnerId },
    diagnostics,
  };
}
