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
export function findPrerequisiteCycles(modules: readonly Module[], isExternal: (c: Id) => boolean): PrerequisiteCycle[] {
  const providers = new Map<Id, number[]>();
  modules.forEach((m, i) => {
    for (const c of m.outcomes) {
      const list = providers.get(c);
      if (list) list.push(i);
      else providers.set(c, [i]);
    }
  });
  const unmetItems = modules.map((m) => m.prerequisites.length);
  const itemSatisfied = modules.map((m) => m.prerequisites.map(() => false));
  const waiting = new Map<Id, [number, number][]>();
  const attained = new Set<Id>();
  const queue: number[] = [];
  const satisfy = (mi: number, pi: number) => {
    if (itemSatisfied[mi]![pi]) return;
    itemSatisfied[mi]![pi] = true;
    if (--unmetItems[mi]! === 0) queue.push(mi);
  };
  modules.forEach((m, mi) => {
    m.prerequisites.forEach((p, pi) => {
      const alts = alternativesOf(p);
      if (alts.some(isExternal)) satisfy(mi, pi);
      else for (const c of alts) (waiting.get(c) ?? waiting.set(c, []).get(c)!).push([mi, pi]);
    });
    if (m.prerequisites.length === 0) queue.push(mi);
  });
  const attainable = new Array<boolean>(modules.length).fill(false);
  while (queue.length) {
    const mi = queue.pop()!;
    if (attainable[mi]) continue;
    attainable[mi] = true;
    for (const c of modules[mi]!.outcomes) {
      if (attained.has(c)) continue;
      attained.add(c);
      for (const [wm, wp] of waiting.get(c) ?? []) if (wm !== mi) satisfy(wm, wp);
    }
  }
  // A module's own outcome never unlocks it; when it was the only provider the module stays unattainable.
  const stuck = modules.map((_, i) => i).filter((i) => !attainable[i]);
  if (stuck.length === 0) return [];
  const edges = new Map<number, { to: number; via: Id }[]>();
  for (const mi of stuck) {
    const out: { to: number; via: Id }[] = [];
    modules[mi]!.prerequisites.forEach((p, pi) => {
      if (itemSatisfied[mi]![pi]) return;
      for (const c of alternativesOf(p)) for (const to of providers.get(c) ?? []) if (!attainable[to]) out.push({ to, via: c });
    });
    edges.set(mi, out);
  }
  return stronglyConnected(stuck, edges)
    .filter((scc) => scc.length > 1 || edges.get(scc[0]!)!.some((e) => e.to === scc[0]))
    .map((scc) => {
      const inScc = new Set(scc);
      const competencies = new Set<Id>();
      for (const mi of scc) for (const e of edges.get(mi)!) if (inScc.has(e.to)) competencies.add(e.via);
      return { modules: scc.sort((a, b) => a - b).map((i) => modules[i]!), competencies: [...competencies].sort() };
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
