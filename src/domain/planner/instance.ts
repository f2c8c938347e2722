import { isWithinValidity } from '../dates';
import { moduleHours } from '../hours';
import type { Id, Module } from '../model';
import { resolveModule, type NetworkIndex } from '../network-index';
import { alternativesOf } from '../prereq-graph';
import type { Leaning, PlanRequest } from './request';

/** Why a module is in the plan whatever the hours: the programme requires it, or the trainee chose it. */
export type ForcedBy = { kind: 'programme'; stage: Id } | { kind: 'chosen' };

export interface ElectiveChoice {
  id?: Id;
  stage: Id;
  choose: number;
  members: number[];
}

/**
 * The planning problem in integer-indexed form: modules and competencies are numbered once so the greedy
 * planner, the MIP model and the checks all run over flat arrays instead of maps.
 */
export interface PlanInstance {
  modules: Module[];
  hours: Float64Array;
  /** Tie-break cost: 0 (everything preferred) to 6 (everything avoided), 3 neutral. */
  penalty: Uint8Array;
  /** Per module, its prerequisites still open after prior learning: each a list of alternative competencies. */
  requirements: Int32Array[][];
  /** Per module, the competencies it develops. */
  outcomes: Int32Array[];
  competencyIds: Id[];
  competencyIndex: Map<Id, number>;
  /** Per competency, the candidate modules that develop it. */
  providers: number[][];
  held: Uint8Array;
  /** Target competencies not already held. */
  targets: number[];
  forced: Map<number, ForcedBy>;
  groups: ElectiveChoice[];
  /** Prerequisite slots numbered globally: module m owns slots slotStart[m] to slotStart[m + 1]. */
  slotStart: Int32Array;
  slotModule: Int32Array;
  /** Per competency, the slots it can satisfy. */
  dependents: number[][];
  /** Position of each module in the programme or catalog: orders steps that could go either way. */
  rank: Int32Array;
  maxHours?: number;
}

export const MAX_PENALTY = 6;

function leaningScore(m: Module, leaning: Leaning): number {
  let score = 0;
  if (leaning.partners.includes(m.partnerId)) score++;
  if (leaning.formats.includes(m.format)) score++;
  if (m.resources.some((r) => leaning.resources.includes(r))) score++;
  return score;
}

/** The version of a module a trainee can take on the start date: the newest one valid then. */
export const takeableVersion = (index: NetworkIndex, id: Id, asOf: string): Module | undefined =>
  index.moduleVersions.get(id)?.find((m) => isWithinValidity(m, asOf));

export const heldCompetencies = (request: PlanRequest): Id[] => [
  ...request.prior.map((p) => p.competency),
  ...(request.program?.entryRequirements ?? []),
];

export const requestTargets = (request: PlanRequest): readonly Id[] =>
  request.program ? request.program.targetCompetencies : request.targets;

interface Candidates {
  modules: Module[];
  forced: Map<Id, ForcedBy>;
  groups: { id?: Id; stage: Id; choose: number; members: Id[] }[];
}

function programmeCandidates(request: PlanRequest, index: NetworkIndex, held: Set<Id>): Candidates {
  const modules = new Map<Id, Module>();
  const forced = new Map<Id, ForcedBy>();
  const groups: Candidates['groups'] = [];
  const usable = (ref: { module: Id; version: string }) => {
    const m = resolveModule(index, ref.module, ref.version);
    if (!m || !isWithinValidity(m, request.asOf) || request.excluded.includes(m.id)) return undefined;
    if (!modules.has(m.id)) modules.set(m.id, m);
    return m;
  };
  for (const stage of request.program!.stages)
    for (const item of stage.items) {
      if ('choose' in item) {
        const members = item.of.flatMap((ref) => usable(ref)?.id ?? []);
        groups.push({ id: item.id, stage: stage.id, choose: item.choose, members });
        continue;
      }
      const m = usable(item);
      // Recognised prior learning that covers every outcome is the point of an individual trajectory.
      if (m && !m.outcomes.every((c) => held.has(c)))
        forced.set(m.id, { kind: 'programme', stage: stage.id });
    }
  for (const ref of request.electives)
    if (modules.has(ref.module)) forced.set(ref.module, { kind: 'chosen' });
  return { modules: [...modules.values()], forced, groups };
}

function networkCandidates(request: PlanRequest, index: NetworkIndex): Candidates {
  const excluded = new Set(request.excluded);
  const modules: Module[] = [];
  const chosen = new Map(request.electives.map((e) => [e.module, e.version]));
  for (const id of index.moduleVersions.keys()) {
    if (excluded.has(id)) continue;
    const version = chosen.get(id);
    const m =
      (version !== undefined ? resolveModule(index, id, version) : undefined) ??
      takeableVersion(index, id, request.asOf);
    if (m && isWithinValidity(m, request.asOf)) modules.push(m);
  }
  const forced = new Map<Id, ForcedBy>(request.electives.map((e) => [e.module, { kind: 'chosen' }]));
  return { modules, forced, groups: [] };
}

export function buildInstance(index: NetworkIndex, request: PlanRequest): PlanInstance {
  const heldIds = new Set(heldCompetencies(request));
  const { modules, forced, groups } = request.program
    ? programmeCandidates(request, index, heldIds)
    : networkCandidates(request, index);
  const competencyIds: Id[] = [];
  const competencyIndex = new Map<Id, number>();
  const indexOf = (c: Id) => {
    let i = competencyIndex.get(c);
    if (i === undefined) competencyIndex.set(c, (i = competencyIds.push(c) - 1));
    return i;
  };
  const n = modules.length;
  const hours = new Float64Array(n);
  const penalty = new Uint8Array(n);
  const rank = new Int32Array(n);
  const outcomes: Int32Array[] = [];
  const requirements: Int32Array[][] = [];
  const moduleIndex = new Map<Id, number>();
  modules.forEach((m, i) => {
    moduleIndex.set(m.id, i);
    hours[i] = moduleHours(m);
    penalty[i] = 3 + leaningScore(m, request.avoid) - leaningScore(m, request.prefer);
    rank[i] = i;
    outcomes.push(Int32Array.from(m.outcomes, indexOf));
    requirements.push(
      m.prerequisites
        .map(alternativesOf)
        .filter((alternatives) => !alternatives.some((c) => heldIds.has(c)))
        .map((alternatives) => Int32Array.from(alternatives, indexOf)),
    );
  });
  const targets = [...new Set(requestTargets(request))].filter((c) => !heldIds.has(c)).map(indexOf);
  const held = new Uint8Array(competencyIds.length);
  for (const c of heldIds) if (competencyIndex.has(c)) held[competencyIndex.get(c)!] = 1;
  const providers: number[][] = Array.from({ length: competencyIds.length }, () => []);
  outcomes.forEach((list, m) => list.forEach((c) => providers[c]!.push(m)));
  const slotStart = new Int32Array(n + 1);
  for (let m = 0; m < n; m++) slotStart[m + 1] = slotStart[m]! + requirements[m]!.length;
  const slotModule = new Int32Array(slotStart[n]!);
  const dependents: number[][] = Array.from({ length: competencyIds.length }, () => []);
  requirements.forEach((list, m) =>
    list.forEach((alternatives, r) => {
      const slot = slotStart[m]! + r;
      slotModule[slot] = m;
      for (const c of alternatives) dependents[c]!.push(slot);
    }),
  );
  const forcedIndex = new Map<number, ForcedBy>();
  for (const [id, by] of forced) if (moduleIndex.has(id)) forcedIndex.set(moduleIndex.get(id)!, by);
  return {
    modules,
    hours,
    penalty,
    requirements,
    outcomes,
    competencyIds,
    competencyIndex,
    providers,
    held,
    targets,
    forced: forcedIndex,
    slotStart,
    slotModule,
    dependents,
    groups: groups.map((g) => ({ ...g, members: g.members.map((id) => moduleIndex.get(id)!) })),
    rank,
    maxHours: request.maxHours,
  };
}

/** The chosen electives that are not in the network (or programme) on the start date. */
export function missingElectives(instance: PlanInstance, request: PlanRequest): Id[] {
  const present = new Set(instance.modules.map((m) => m.id));
  return request.electives.map((e) => e.module).filter((id) => !present.has(id));
}
