import { diagnostic, pointerOf, type Diagnostic, type DiagnosticParams, type Named } from './diagnostics';
import type {
  Bounds,
  Catalog,
  Competency,
  Id,
  Module,
  Network,
  Partner,
  ProgramType,
  Resource,
} from './model';
import { boundsFor } from './bounds';
import { windowProblems } from './dates';
import { findPrerequisiteCycles } from './prereq-graph';
import { compareSemver } from './semver';

export interface CatalogSource {
  /** Where the catalog came from (a path or URL), used to attribute diagnostics. */
  source: string;
  catalog: Catalog;
  /** Set when the schema refused some of the file's items: `catalog` holds the rest. */
  salvage?: Salvage;
}

export type CatalogList = 'partners' | 'competencies' | 'modules';

/** A catalog kept without the items the schema refused in it. */
export interface Salvage {
  /** Ids of the refused items (of those that had one); a refused partner's resources go with it. */
  refused: Refused<Id[]> & { modules: { id: Id; version?: string }[] };
  /** Where each kept item sits in the file, so diagnostics point at the file's own positions. */
  positions: Record<CatalogList, number[]>;
}
type Refused<T> = { partners: T; resources: T; competencies: T };

/** What a reference can name that a catalog's schema may have refused. */
export type GapKind = 'module' | 'competency' | 'partner' | 'resource';

/**
 * What the network lacks because files were broken: a reference the index cannot resolve may point there, so
 * it must not be "fixed" by deleting it.
 */
export interface NetworkGaps {
  /**
   * Refused ids the network does not hold after all (another catalog may have them), each with the catalog that
   * refused it; a refused module also as `id@version`, since another of its versions may be held.
   */
  refused: Record<GapKind, Map<string, string>>;
  /** Catalogs that could not be loaded at all (unreadable, or broken as a whole). */
  unloaded: readonly string[];
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
  bounds?: Bounds;
  basePartnerId?: Id;
  gaps: NetworkGaps;
}

export const named = {
  module: (m: Module): Named => ({ id: m.id, name: m.title }),
  competency: (c: Competency | undefined, id: Id): Named =>
    c ? { id, name: c.title, code: c.code } : { id },
  partner: (p: Partner | undefined, id: Id): Named => (p ? { id, name: p.name } : { id }),
};

/**
 * Why the network may lack an id it cannot resolve: the catalog that refused it (at that version, for a
 * module), or the files that could not be loaded at all (which may hold it). Undefined when the network loaded
 * whole, so the id is truly unknown.
 */
export function gapFor(
  index: Pick<NetworkIndex, 'gaps'>,
  what: GapKind,
  id: Id,
  version?: string,
): Pick<DiagnosticParams, 'detail' | 'catalogs'> | undefined {
  const { refused, unloaded } = index.gaps;
  const refusedIn =
    (version === undefined ? undefined : refused[what].get(`${id}@${version}`)) ?? refused[what].get(id);
  if (refusedIn !== undefined) return { detail: 'refused', catalogs: [refusedIn] };
  return unloaded.length ? { detail: 'unloaded', catalogs: [...unloaded] } : undefined;
}

/** Every file that may hold modules the network lacks: unloaded ones, and catalogs that had modules refused. */
export const incompleteFiles = ({ gaps }: NetworkIndex): string[] => [
  ...new Set([...gaps.unloaded, ...gaps.refused.module.values()]),
];

export function resolveModule(index: NetworkIndex, id: Id, version: string): Module | undefined {
  return index.moduleVersions.get(id)?.find((m) => m.version === version);
}
export const latestModule = (index: NetworkIndex, id: Id): Module | undefined =>
  index.moduleVersions.get(id)?.[0];

/** An accepted module, with where it was read from: its catalog and its index there. */
interface Located {
  module: Module;
  source: string;
  index: number;
}

/** Indexes a network's catalogs and reports what is wrong across them: duplicates, dangling references, cycles. */
export function buildNetworkIndex(
  sources: readonly CatalogSource[],
  network?: Pick<Network, 'bounds' | 'basePartnerId'>,
  unloaded: readonly string[] = [],
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
  // Where each accepted module was read from (its catalog and index there), in reading order.
  const located: Located[] = [];
  for (const { source, catalog, salvage } of sources) {
    const at = (list: CatalogList, i: number) => salvage?.positions[list][i] ?? i;
    catalog.partners.forEach((p, i) => {
      if (partners.has(p.id)) duplicate('partner', p.id, source, 'partners', at('partners', i));
      else partners.set(p.id, p);
      p.resources.forEach((r, j) => {
        if (resources.has(r.id))
          duplicate('resource', r.id, source, 'partners', at('partners', i), 'resources', j);
        else resources.set(r.id, { ...r, partnerId: p.id });
      });
    });
    catalog.competencies.forEach((c, i) => {
      if (competencies.has(c.id))
        duplicate('competency', c.id, source, 'competencies', at('competencies', i));
      else competencies.set(c.id, c);
    });
    // Plain index loops over modules and their id lists below: this code runs once per process in the CLI,
    // mostly before the JIT warms up, where iterator protocols and per-item closures cost several times more.
    const modules = catalog.modules;
    for (let i = 0; i < modules.length; i++) {
      const m = modules[i]!;
      const versions = moduleVersions.get(m.id);
      if (versions?.some((v) => v.version === m.version)) {
        duplicate('module', `${m.id}@${m.version}`, source, 'modules', at('modules', i));
        continue;
      }
      if (versions) versions.push(m);
      else moduleVersions.set(m.id, [m]);
      located.push({ module: m, source, index: at('modules', i) });
    }
  }
  const latest: Module[] = [];
  const providers = new Map<Id, Module[]>();
  for (const versions of moduleVersions.values()) {
    if (versions.length > 1) versions.sort((a, b) => compareSemver(b.version, a.version));
    const newest = versions[0]!;
    latest.push(newest);
    const outcomes = newest.outcomes;
    for (let i = 0; i < outcomes.length; i++) {
      const list = providers.get(outcomes[i]!);
      if (list) list.push(newest);
      else providers.set(outcomes[i]!, [newest]);
    }
  }

  const gaps: NetworkGaps = {
    refused: refusedGaps(sources, { partners, resources, competencies, moduleVersions }),
    unloaded,
  };
  // A reference into a refused entry or an unloaded file says so: the fix is in that file, not here.
  const problem = (
    { module: m, source, index }: Located,
    code: Diagnostic['code'],
    params: Diagnostic['params'],
    gap: [GapKind, Id] | undefined,
    ...at: (string | number)[]
  ) =>
    diagnostics.push(
      diagnostic(
        code,
        'error',
        pointerOf('modules', index, ...at),
        gap ? { ...params, ...gapFor({ gaps }, ...gap) } : params,
        { source, moduleId: m.id },
      ),
    );
  const unknownCompetency = (
    l: Located,
    id: Id,
    context: 'outcome' | 'prerequisite',
    ...at: (string | number)[]
  ) => problem(l, 'ref.unknown-competency', { competency: { id }, context }, ['competency', id], ...at);
  for (const l of located) {
    const m = l.module;
    if (!partners.has(m.partnerId))
      problem(
        l,
        'ref.unknown-partner',
        { partner: { id: m.partnerId } },
        ['partner', m.partnerId],
        'partnerId',
      );
    if (m.validFrom !== undefined || m.validUntil !== undefined)
      for (const { field, params } of windowProblems(m.validFrom, m.validUntil, ['validFrom', 'validUntil']))
        problem(l, 'schema', params, undefined, field);
    const { outcomes, prerequisites, resources: used } = m;
    for (let i = 0; i < outcomes.length; i++)
      if (!competencies.has(outcomes[i]!)) unknownCompetency(l, outcomes[i]!, 'outcome', 'outcomes', i);
    for (let i = 0; i < prerequisites.length; i++) {
      const p = prerequisites[i]!;
      if (typeof p === 'string') {
        if (!competencies.has(p)) unknownCompetency(l, p, 'prerequisite', 'prerequisites', i);
      } else
        for (let j = 0; j < p.anyOf.length; j++)
          if (!competencies.has(p.anyOf[j]!))
            unknownCompetency(l, p.anyOf[j]!, 'prerequisite', 'prerequisites', i, 'anyOf', j);
    }
    for (let i = 0; i < used.length; i++)
      if (!resources.has(used[i]!))
        problem(
          l,
          'ref.unknown-resource',
          { resource: { id: used[i]! } },
          ['resource', used[i]!],
          'resources',
          i,
        );
  }

  const cycles = findPrerequisiteCycles(latest, (c) => !providers.has(c));
  const locationOf = cycles.length ? new Map(located.map((l) => [l.module, l])) : undefined;
  for (const cycle of cycles) {
    for (const m of cycle.modules) {
      const { source, index } = locationOf!.get(m)!;
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
      bounds: network?.bounds,
      basePartnerId: network?.basePartnerId,
      gaps,
    },
    diagnostics,
  };
}

/** Refused ids the network does not hold after all (another catalog may have them), with their catalog. */
function refusedGaps(
  sources: readonly CatalogSource[],
  held: {
    partners: Map<Id, unknown>;
    resources: Map<Id, unknown>;
    competencies: Map<Id, unknown>;
    moduleVersions: Map<Id, Module[]>;
  },
): NetworkGaps['refused'] {
  const refused: NetworkGaps['refused'] = {
    module: new Map(),
    competency: new Map(),
    partner: new Map(),
    resource: new Map(),
  };
  const note = (what: GapKind, key: string, source: string) => {
    if (!refused[what].has(key)) refused[what].set(key, source);
  };
  for (const { source, salvage } of sources) {
    if (!salvage) continue;
    const lists = [
      ['partner', 'partners'],
      ['resource', 'resources'],
      ['competency', 'competencies'],
    ] as const;
    for (const [what, list] of lists)
      for (const id of salvage.refused[list]) if (!held[list].has(id)) note(what, id, source);
    for (const { id, version } of salvage.refused.modules) {
      const versions = held.moduleVersions.get(id);
      if (!versions) note('module', id, source);
      if (version !== undefined && !versions?.some((m) => m.version === version))
        note('module', `${id}@${version}`, source);
    }
  }
  return refused;
}

/**
 * What a manifest gets wrong that its schema cannot say: hour bounds no programme can meet, and a base
 * organisation that is not a partner of the network.
 */
export function checkManifest(
  network: Pick<Network, 'bounds' | 'basePartnerId'>,
  index: NetworkIndex,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const type of Object.keys(network.bounds ?? {}) as ProgramType[]) {
    // A maximum alone is checked against the legal minimum it leaves in force.
    const { min, max } = boundsFor(type, network.bounds);
    if (min !== undefined && max !== undefined && max < min)
      out.push(
        diagnostic('schema', 'error', pointerOf('bounds', type, 'max'), {
          keyword: 'order',
          detail: 'max',
          min,
          max,
          ...(network.bounds?.[type]?.min === undefined && { kind: 'default' }),
        }),
      );
  }
  const base = network.basePartnerId;
  if (base !== undefined && !index.partners.has(base))
    out.push(
      diagnostic('ref.unknown-partner', 'error', '/basePartnerId', {
        partner: { id: base },
        kind: 'base',
        ...gapFor(index, 'partner', base),
      }),
    );
  return out;
}
