import type { Id, Module, Prerequisite } from './model';

/** The competencies that can satisfy one prerequisite item. */
export const alternativesOf = (p: Prerequisite): readonly Id[] => (typeof p === 'string' ? [p] : p.anyOf);

export interface PrerequisiteCycle {
  modules: Module[];
  /** Competencies on the cycle's edges: breaking any one (e.g. as an entry requirement) opens the cycle. */
  competencies: Id[];
}

/**
 * Modules that can only be reached through each other. A module is attainable when every prerequisite has an
 * alternative that is external (`isExternal`) or developed by another attainable module; the fixpoint is an
 * AND-OR propagation, linear in prerequisite edges. Among the rest, strongly connected components are cycles.
 */
export function findPrerequisiteCycles(
  modules: readonly Module[],
  isExternal: (c: Id) => boolean,
): PrerequisiteCycle[] {
  // Each prerequisite item gets a slot, and each of its alternatives an entry, in flat typed arrays: this runs
  // over whole networks on every load, where thousands of small growing arrays cost more than the search.
  const n = modules.length;
  const itemStart = new Int32Array(n + 1);
  let entries = 0;
  for (let i = 0; i < n; i++) {
    const prereqs = modules[i]!.prerequisites;
    itemStart[i + 1] = itemStart[i]! + prereqs.length;
    for (let pi = 0; pi < prereqs.length; pi++) {
      const p = prereqs[pi]!;
      entries += typeof p === 'string' ? 1 : p.anyOf.length;
    }
  }
  const slots = itemStart[n]!;
  const satisfied = new Uint8Array(slots);
  const itemModule = new Int32Array(slots);
  const altStart = new Int32Array(slots + 1);
  const alt = new Int32Array(entries);
  const unmet = new Int32Array(n);
  // Competencies are numbered on first sight, so each reference costs one map lookup and `isExternal` runs
  // once per competency; the propagation then works on arrays.
  const numberOf = new Map<Id, number>();
  const external: boolean[] = [];
  const number = (c: Id): number => {
    let k = numberOf.get(c);
    if (k === undefined) {
      k = external.length;
      numberOf.set(c, k);
      external.push(isExternal(c));
    }
    return k;
  };
  const queue: number[] = [];
  let at = 0;
  for (let mi = 0; mi < n; mi++) {
    const prereqs = modules[mi]!.prerequisites;
    let open = prereqs.length;
    for (let pi = 0; pi < prereqs.length; pi++) {
      const slot = itemStart[mi]! + pi;
      itemModule[slot] = mi;
      altStart[slot] = at;
      const p = prereqs[pi]!;
      let met = false;
      if (typeof p === 'string') met = external[(alt[at++] = number(p))]!;
      else for (let j = 0; j < p.anyOf.length; j++) met = external[(alt[at++] = number(p.anyOf[j]!))]! || met;
      if (met) {
        satisfied[slot] = 1;
        open--;
      }
    }
    unmet[mi] = open;
    if (open === 0) queue.push(mi);
  }
  altStart[slots] = at;
  // The open slots waiting on each competency, as one list cut by competency (counted, then filled).
  const competencyCount = external.length;
  const waitStart = new Int32Array(competencyCount + 1);
  for (let slot = 0; slot < slots; slot++)
    if (!satisfied[slot])
      for (let e = altStart[slot]!; e < altStart[slot + 1]!; e++) waitStart[alt[e]! + 1]!++;
  for (let k = 0; k < competencyCount; k++) waitStart[k + 1]! += waitStart[k]!;
  const waiting = new Int32Array(waitStart[competencyCount]!);
  const filled = waitStart.slice(0, competencyCount);
  for (let slot = 0; slot < slots; slot++)
    if (!satisfied[slot])
      for (let e = altStart[slot]!; e < altStart[slot + 1]!; e++) waiting[filled[alt[e]!]!++] = slot;
  const attainable = new Uint8Array(n);
  const attained = new Uint8Array(competencyCount);
  while (queue.length) {
    const mi = queue.pop()!;
    if (attainable[mi]) continue;
    attainable[mi] = 1;
    const outcomes = modules[mi]!.outcomes;
    for (let oi = 0; oi < outcomes.length; oi++) {
      const k = numberOf.get(outcomes[oi]!);
      // A competency no prerequisite names unlocks nothing.
      if (k === undefined || attained[k]) continue;
      attained[k] = 1;
      for (let w = waitStart[k]!; w < waitStart[k + 1]!; w++) {
        const slot = waiting[w]!;
        const wm = itemModule[slot]!;
        // A module's own outcome never unlocks it; when it was the only provider the module stays unattainable.
        if (wm === mi || satisfied[slot]) continue;
        satisfied[slot] = 1;
        if (--unmet[wm]! === 0) queue.push(wm);
      }
    }
  }
  const stuck: number[] = [];
  for (let i = 0; i < n; i++) if (!attainable[i]) stuck.push(i);
  if (stuck.length === 0) return [];
  const providers = new Map<Id, number[]>();
  for (const mi of stuck)
    for (const c of modules[mi]!.outcomes) {
      const list = providers.get(c);
      if (list) list.push(mi);
      else providers.set(c, [mi]);
    }
  const edges = new Map<number, { to: number; via: Id }[]>();
  for (const mi of stuck) {
    const out: { to: number; via: Id }[] = [];
    modules[mi]!.prerequisites.forEach((p, pi) => {
      if (satisfied[itemStart[mi]! + pi]) return;
      for (const c of alternativesOf(p)) for (const to of providers.get(c) ?? []) out.push({ to, via: c });
    });
    edges.set(mi, out);
  }
  return stronglyConnected(stuck, edges)
    .filter((scc) => scc.length > 1 || edges.get(scc[0]!)!.some((e) => e.to === scc[0]))
    .map((scc) => {
      const inScc = new Set(scc);
      const competencies = new Set<Id>();
      for (const mi of scc) for (const e of edges.get(mi)!) if (inScc.has(e.to)) competencies.add(e.via);
      return {
        modules: scc.sort((a, b) => a - b).map((i) => modules[i]!),
        competencies: [...competencies].sort(),
      };
    });
}

/** Tarjan's algorithm, iterative so deep chains cannot overflow the stack. */
function stronglyConnected(nodes: readonly number[], edges: Map<number, { to: number }[]>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.node) ?? [];
      if (frame.edge < out.length) {
        const to = out[frame.edge++]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const scc: number[] = [];
        let n: number;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          scc.push(n);
        } while (n !== frame.node);
        result.push(scc);
      }
    }
  }
  return result;
}
