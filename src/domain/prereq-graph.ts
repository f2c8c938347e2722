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
  // Each prerequisite item gets a slot in flat typed arrays: this runs over whole networks on every load.
  const n = modules.length;
  const itemStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) itemStart[i + 1] = itemStart[i]! + modules[i]!.prerequisites.length;
  const satisfied = new Uint8Array(itemStart[n]!);
  const itemModule = new Int32Array(itemStart[n]!);
  const unmet = new Int32Array(n);
  // Competencies are numbered on first sight, so each reference costs one map lookup and `isExternal` runs
  // once per competency; the propagation then works on arrays.
  const numberOf = new Map<Id, number>();
  const external: boolean[] = [];
  const waiting: number[][] = [];
  const number = (c: Id): number => {
    let k = numberOf.get(c);
    if (k === undefined) {
      k = external.length;
      numberOf.set(c, k);
      external.push(isExternal(c));
      waiting.push([]);
    }
    return k;
  };
  const queue: number[] = [];
  for (let mi = 0; mi < n; mi++) {
    const prereqs = modules[mi]!.prerequisites;
    let open = prereqs.length;
    for (let pi = 0; pi < prereqs.length; pi++) {
      const slot = itemStart[mi]! + pi;
      const alternatives = alternativesOf(prereqs[pi]!).map(number);
      itemModule[slot] = mi;
      if (alternatives.some((k) => external[k])) {
        satisfied[slot] = 1;
        open--;
      } else for (const k of alternatives) waiting[k]!.push(slot);
    }
    unmet[mi] = open;
    if (open === 0) queue.push(mi);
  }
  const attainable = new Uint8Array(n);
  const attained = new Uint8Array(external.length);
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
      const slots = waiting[k]!;
      for (let si = 0; si < slots.length; si++) {
        const slot = slots[si]!;
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
