import { diagnostic, pointerOf, type Diagnostic, type Named } from './diagnostics';
import type { Bounds, Catalog, Competency, Id, Module, Network, Partner, Resource } from './model';
import { findPrerequisiteCycles } from './prereq-graph';
import { compareSemver } from './semver';

export interface CatalogSource {
  /** Where the catalog came from (a path or URL), used to attribute diagnostics. */
  source: string;
  catalog: Catalog;
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
  /** Where each module was read from: its catalog and its index in that catalog's `modules`. */
  moduleLocations: Map<Module, { source: string; index: number }>;
  bounds?: Bounds;
  basePartnerId?: Id;
}

export const named = {
  module: (m: Module): Named => ({ id: m.id, name: m.title }),
  competency: (c: Competency | undefined, id: Id): Named =>
    c ? { id, name: c.title, code: c.code } : { id },
  partner: (p: Partner | undefined, id: Id): Named => (p ? { id, name: p.name } : { id }),
};

export function resolveModule(index: NetworkIndex, id: Id, version: string): Module | undefined {
  return index.moduleVersions.get(id)?.find((m) => m.version === version);
}
export const latestModule = (index: NetworkIndex, id: Id): Module | undefined =>
  index.moduleVersions.get(id)?.[0];

/** Indexes a network's catalogs and reports what is wrong across them: duplicates, dangling references, cycles. */
export function buildNetworkIndex(
  sources: readonly CatalogSource[],
  network?: Pick<Network, 'bounds' | 'basePartnerId'>,
): { index: NetworkIndex; diagnostics: Diagnostic[] } {
  // Built in single passes with pointers made only for diagnostics: this runs on every load of a 10k-module network.
  const diagnostics: Diagnostic[] = [];
  const duplicate = (
    what: NonNullable<Diagnostic['params']['what']>,
    id: string,
    source: string,
    ...at: (string | number)[]
  ) =>
    diagnostics.push(diagnostic('id.duplicate', 'error', pointerOf(...at), { what, detail: id }, { source }));
  const partners = new Map<Id, Partner>();
  const resources = new Map<Id, Resource & { partnerId: Id }>();
  const competencies = new Map<Id, Competency>();
  const moduleVersions = new Map<Id, Module[]>();
  const moduleLocations = new Map<Module, { source: string; index: number }>();
  for (const { source, catalog } of sources) {
    catalog.partners.forEach((p, i) => {
      if (partners.has(p.id)) duplicate('partner', p.id, source, 'partners', i);
      else partners.set(p.id, p);
      p.resources.forEach((r, j) => {
        if (resources.has(r.id)) duplicate('resource', r.id, source, 'partners', i, 'resources', j);
        else resources.set(r.id, { ...r, partnerId: p.id });
      });
    });
    catalog.competencies.forEach((c, i) => {
      if (competencies.has(c.id)) duplicate('competency', c.id, source, 'competencies', i);
      else competencies.set(c.id, c);
    });
    catalog.modules.forEach((m, i) => {
      const versions = moduleVersions.get(m.id);
      if (versions?.some((v) => v.version === m.version))
        return void duplicate('module', `${m.id}@${m.version}`, source, 'modules', i);
      if (versions) versions.push(m);
      else moduleVersions.set(m.id, [m]);
      moduleLocations.set(m, { source, index: i });
    });
  }
  for (const list of moduleVersions.values())
    if (list.length > 1) list.sort((a, b) => compareSemver(b.version, a.version));
  const providers = new Map<Id, Module[]>();
  for (const [, [latest]] of moduleVersions)
    for (const c of latest!.outcomes) {
      const list = providers.get(c);
      if (list) list.push(latest!);
      else providers.set(c, [latest!]);
    }

  for (const [m, { source, index }] of moduleLocations) {
    const problem = (code: Diagnostic['code'], params: Diagnostic['params'], ...at: (string | number)[]) =>
      diagnostics.push(
        diagnostic(code, 'error', pointerOf('modules', index, ...at), params, { source, moduleId: m.id }),
      );
    if (!partners.has(m.partnerId))
      problem('ref.unknown-partner', { partner: { id: m.partnerId } }, 'partnerId');
    for (let i = 0; i < m.outcomes.length; i++)
      if (!competencies.has(m.outcomes[i]!))
        problem(
          'ref.unknown-competency',
          { competency: { id: m.outcomes[i]! }, context: 'outcome' },
          'outcomes',
          i,
        );
    for (let i = 0; i < m.prerequisites.length; i++) {
      const p = m.prerequisites[i]!;
      if (typeof p === 'string') {
        if (!competencies.has(p))
          problem(
            'ref.unknown-competency',
            { competency: { id: p }, context: 'prerequisite' },
            'prerequisites',
            i,
          );
      } else
        p.anyOf.forEach((c, j) => {
          if (!competencies.has(c))
            problem(
              'ref.unknown-competency',
              { competency: { id: c }, context: 'prerequisite' },
              'prerequisites',
              i,
              'anyOf',
              j,
            );
        });
    }
    for (let i = 0; i < m.resources.length; i++)
      if (!resources.has(m.resources[i]!))
        problem('ref.unknown-resource', { resource: { id: m.resources[i]! } }, 'resources', i);
  }

  const latest = [...moduleVersions.values()].map((v) => v[0]!);
  for (const cycle of findPrerequisiteCycles(latest, (c) => !providers.has(c))) {
    for (const m of cycle.modules) {
      const { source, index } = moduleLocations.get(m)!;
      diagnostics.push(
        diagnostic(
          'prereq.cycle',
          'error',
          pointerOf('modules', index, 'prerequisites'),
          {
            module: named.module(m),
            modules: cycle.modules.map(named.module),
            competencies: cycle.competencies.map((c) => named.competency(competencies.get(c), c)),
          },
          { source, moduleId: m.id },
        ),
      );
    }
  }

  return {
    index: {
      partners,
      competencies,
      resources,
      moduleVersions,
      providers,
      moduleLocations,
      bounds: network?.bounds,
      basePartnerId: network?.basePartnerId,
    },
    diagnostics,
  };
}
