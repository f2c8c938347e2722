import TinyQueue from 'tinyqueue';
import type { PlanInstance } from './instance';

export interface Propagation {
  /** Modules in an order where every prerequisite comes first. */
  order: number[];
  reachable: Uint8Array;
}

/**
 * Forward AND-OR propagation from held competencies through the `allowed` modules: a module can be taken once
 * each of its prerequisites has an alternative that is held or developed by a module taken before it. Allowed
 * modules missing from `order` can never be taken. Ties go to the lowest rank, so the result is the order
 * a reader expects (programme order, else catalog order) wherever prerequisites leave a choice.
 */
export function propagate(instance: PlanInstance, allowed: Uint8Array): Propagation {
  const { held, slotStart, slotModule, dependents, outcomes, rank } = instance;
  const n = instance.modules.length;
  const open = new Int32Array(n);
  const satisfied = new Uint8Array(slotModule.length);
  const reachable = held.slice();
  const ready = new TinyQueue<number>([], (a, b) => rank[a]! - rank[b]!);
  for (let m = 0; m < n; m++) {
    if (!allowed[m]) continue;
    open[m] = slotStart[m + 1]! - slotStart[m]!;
    if (open[m] === 0) ready.push(m);
  }
  const reach = (c: number) => {
    if (reachable[c]) return;
    reachable[c] = 1;
    for (const slot of dependents[c]!) {
      const m = slotModule[slot]!;
      if (!allowed[m] || satisfied[slot]) continue;
      satisfied[slot] = 1;
      if (--open[m]! === 0) ready.push(m);
    }
  };
  // Held competencies satisfy slots too, but instance building already dropped slots they satisfy.
  const order: number[] = [];
  while (ready.length) {
    const m = ready.pop()!;
    order.push(m);
    for (const c of outcomes[m]!) reach(c);
  }
  return { order, reachable };
}

export interface Costs {
  /** Estimated hours to obtain each competency from what is held (Infinity when it cannot be). */
  competency: Float64Array;
  /** The module through which each competency is cheapest, or -1. */
  bestProvider: Int32Array;
  /** Estimated hours to take each module including its prerequisites. */
  module: Float64Array;
}

/**
 * Generalised Dijkstra over the AND-OR prerequisite graph (Knuth 1977). With `combine = sum` it is the additive
 * estimate that guides the greedy planner (it counts a shared prerequisite twice, so it overestimates); with
 * `combine = max` it never overestimates, so the largest target cost is a lower bound on any plan's hours.
 */
export function costs(
  instance: PlanInstance,
  combine: (a: number, b: number) => number,
  hours: Float64Array = instance.hours,
): Costs {
  const { held, slotStart, slotModule, dependents, outcomes } = instance;
  const n = instance.modules.length;
  const competency = new Float64Array(instance.competencyIds.length).fill(Infinity);
  const bestProvider = new Int32Array(instance.competencyIds.length).fill(-1);
  const module = new Float64Array(n).fill(Infinity);
  const open = new Int32Array(n);
  const accumulated = new Float64Array(n);
  const slotDone = new Uint8Array(slotModule.length);
  const queue = new TinyQueue<{ cost: number; c: number; m: number }>([], (a, b) => a.cost - b.cost);
  const offer = (m: number) => {
    const total = hours[m]! + accumulated[m]!;
    module[m] = total;
    for (const c of outcomes[m]!) if (total < competency[c]!) queue.push({ cost: total, c, m });
  };
  for (let c = 0; c < held.length; c++) if (held[c]) queue.push({ cost: 0, c, m: -1 });
  for (let m = 0; m < n; m++) {
    open[m] = slotStart[m + 1]! - slotStart[m]!;
    if (open[m] === 0) offer(m);
  }
  const final = new Uint8Array(competency.length);
  while (queue.length) {
    const { cost, c, m } = queue.pop()!;
    if (final[c]) continue;
    final[c] = 1;
    competency[c] = cost;
    bestProvider[c] = m;
    for (const slot of dependents[c]!) {
      if (slotDone[slot]) continue;
      slotDone[slot] = 1;
      const d = slotModule[slot]!;
      accumulated[d] = combine(accumulated[d]!, cost);
      if (--open[d]! === 0) offer(d);
    }
  }
  return { competency, bestProvider, module };
}

export const sum = (a: number, b: number) => a + b;
export const max = (a: number, b: number) => Math.max(a, b);
