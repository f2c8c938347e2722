import { isWithinValidity } from '../dates';
import type { Id, Module } from '../model';
import type { NetworkIndex } from '../network-index';
import { alternativesOf } from '../prereq-graph';
import type { PlanInstance } from './instance';
import type { PlanRequest } from './request';

export type Blocked =
  /** None of these alternatives can be reached (each is explained in turn). */
  | { kind: 'needs'; anyOf: Id[] }
  | { kind: 'excluded' }
  | { kind: 'outside-validity'; validFrom?: string; validUntil?: string }
  | { kind: 'not-in-programme' };

export interface Unreachable {
  competency: Id;
  /** Every module that develops it and what stops each; empty when no module in the network develops it. */
  providers: { module: Id; blocked: Blocked }[];
}

/** Competencies explained at most, so a badly broken network gives a readable answer, not a thousand lines. */
const LIMIT = 40;

/**
 * Why each of `competencies` cannot be reached, and, transitively, why the prerequisites that block them
 * cannot be reached either, until the chain ends at a competency nobody develops, an excluded or retired
 * module, or a circle (a competency already explained).
 */
export function explainUnreachable(
  index: NetworkIndex,
  request: PlanRequest,
  instance: PlanInstance,
  reachable: Uint8Array,
  competencies: readonly Id[],
): Unreachable[] {
  const candidate = new Map(instance.modules.map((m, i) => [m.id, i]));
  const out: Unreachable[] = [];
  const explained = new Set<Id>();
  const queue = [...competencies];
  // `reachable` starts from what is held, so held competencies count as reached.
  const isReachable = (c: Id) => {
    const i = instance.competencyIndex.get(c);
    return i !== undefined && reachable[i] === 1;
  };
  const whyNot = (m: Module): Blocked => {
    const i = candidate.get(m.id);
    if (i !== undefined) {
      const blocking = m.prerequisites
        .map(alternativesOf)
        .find((alternatives) => !alternatives.some(isReachable));
      return { kind: 'needs', anyOf: [...(blocking ?? [])] };
    }
    if (request.excluded.includes(m.id)) return { kind: 'excluded' };
    if (!isWithinValidity(m, request.asOf))
      return { kind: 'outside-validity', validFrom: m.validFrom, validUntil: m.validUntil };
    return { kind: 'not-in-programme' };
  };
  while (queue.length && out.length < LIMIT) {
    const c = queue.shift()!;
    if (explained.has(c)) continue;
    explained.add(c);
    const modules = new Map<Id, Module>();
    const i = instance.competencyIndex.get(c);
    for (const m of i === undefined ? [] : instance.providers[i]!)
      modules.set(instance.modules[m]!.id, instance.modules[m]!);
    for (const m of index.providers.get(c) ?? []) if (!modules.has(m.id)) modules.set(m.id, m);
    const providers = [...modules.values()].map((m) => ({ module: m.id, blocked: whyNot(m) }));
    out.push({ competency: c, providers });
    for (const { blocked } of providers) if (blocked.kind === 'needs') queue.push(...blocked.anyOf);
  }
  return out;
}

/** A module that must be in the plan but cannot be taken, with the prerequisite that stops it. */
export interface BlockedModule {
  module: Id;
  blocked: Blocked;
}

export function blockedForced(
  instance: PlanInstance,
  usable: Uint8Array,
  reachable: Uint8Array,
): BlockedModule[] {
  return [...instance.forced.keys()]
    .filter((m) => !usable[m])
    .map((m) => {
      const blocking = instance.requirements[m]!.find(
        (alternatives) => !alternatives.some((c) => reachable[c]),
      )!;
      return {
        module: instance.modules[m]!.id,
        blocked: { kind: 'needs', anyOf: Array.from(blocking, (c) => instance.competencyIds[c]!) },
      };
    });
}
