import type { Id, LocalizedText, Program } from '../model';
import type { NetworkIndex } from '../network-index';
import { alternativesOf } from '../prereq-graph';
import { provisions, type Placement } from '../program-view';
import { pictureView } from './view';

export interface GraphNode {
  pointer: string;
  moduleId: Id;
  version: string;
  /** Absent when the reference resolves to no module in the network. */
  title?: LocalizedText;
  stageIndex: number;
  /** Sequence number of the stage item: members of one elective group share it. */
  position: number;
  /** The elective group's pointer, for a member of one. */
  group?: string;
}

/**
 * A provider -> user link for one prerequisite item of the user. `ok`: the provider comes earlier; `order`: it
 * comes later and nothing earlier or on entry meets the item (a prereq.order problem); `unmet`: no module in the
 * programme provides the item and it is no entry requirement, drawn from a virtual "missing" source.
 */
export type PrerequisiteEdge =
  | { status: 'ok' | 'order'; from: number; to: number; competencies: Id[]; item: number }
  | { status: 'unmet'; to: number; competencies: Id[]; item: number };

export type EdgeStatus = PrerequisiteEdge['status'];

export interface PrerequisiteGraph {
  /** Module placements in programme order; edges refer to them by index. */
  nodes: GraphNode[];
  /** By user in programme order, then prerequisite item, then provider position. */
  edges: PrerequisiteEdge[];
}

export function prerequisiteGraph(program: Program, index: NetworkIndex): PrerequisiteGraph {
  const view = pictureView(program, index);
  const provided = provisions(view);
  const nodeOf = new Map(view.placements.map((p, i) => [p, i]));
  const nodes = view.placements.map((p): GraphNode => ({
    pointer: p.pointer,
    moduleId: p.ref.module,
    version: p.ref.version,
    title: p.module?.title,
    stageIndex: p.stageIndex,
    position: p.position,
    group: p.group?.pointer,
  }));
  const edges: PrerequisiteEdge[] = [];
  view.placements.forEach((p, to) => {
    const m = p.module;
    m?.prerequisites.forEach((prereq, item) => {
      const alts = alternativesOf(prereq);
      // One edge per providing placement, naming every alternative it develops.
      const by = new Map<Placement, Id[]>();
      for (const c of alts)
        for (const q of provided.get(c)?.providers ?? [])
          if (q.module !== m) (by.get(q) ?? by.set(q, []).get(q)!).push(c);
      if (by.size === 0) {
        if (!alts.some((c) => view.entry.has(c)))
          edges.push({ status: 'unmet', to, competencies: [...alts], item });
        return;
      }
      const providers = [...by].sort(([a], [b]) => a.position - b.position);
      const metEarlier =
        alts.some((c) => view.entry.has(c)) || providers.some(([q]) => q.position < p.position);
      for (const [q, competencies] of providers) {
        const earlier = q.position < p.position;
        // A later provider of an item already met is no dependency at all, so it gets no edge.
        if (earlier || !metEarlier)
          edges.push({ status: earlier ? 'ok' : 'order', from: nodeOf.get(q)!, to, competencies, item });
      }
    });
  });
  return { nodes, edges };
}
