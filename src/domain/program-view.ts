import { itemPointer } from './edits';
import type { ElectiveGroup, Id, Module, ModuleRef, Program } from './model';
import type { NetworkIndex } from './network-index';
import { resolveModule } from './network-index';

/** One module reference in a programme, where it sits and what it resolves to. */
export interface Placement {
  ref: ModuleRef;
  module?: Module;
  pointer: string;
  /** Pointer of the stage item: the placement itself, or its elective group. */
  itemPointer: string;
  stageIndex: number;
  itemIndex: number;
  /** Sequence number of the stage item: members of one elective group share it. */
  position: number;
  group?: { group: ElectiveGroup; pointer: string };
}

export interface ProgramView {
  program: Program;
  index: NetworkIndex;
  placements: Placement[];
  /** Competencies held on entry: entry requirements plus, for trajectories, recognised prior learning. */
  entry: ReadonlySet<Id>;
  asOf: string;
}

export function buildProgramView(
  program: Program,
  index: NetworkIndex,
  asOf: string,
  prior: readonly Id[] = [],
): ProgramView {
  const placements: Placement[] = [];
  let position = 0;
  program.stages.forEach((stage, stageIndex) =>
    stage.items.forEach((item, itemIndex) => {
      const base = {
        stageIndex,
        itemIndex,
        position: position++,
        itemPointer: itemPointer({ stage: stageIndex, item: itemIndex }),
      };
      if ('choose' in item) {
        item.of.forEach((ref, member) =>
          placements.push({
            ...base,
            ref,
            module: resolveModule(index, ref.module, ref.version),
            pointer: itemPointer({ stage: stageIndex, item: itemIndex, member }),
            group: { group: item, pointer: base.itemPointer },
          }),
        );
      } else
        placements.push({
          ...base,
          ref: item,
          module: resolveModule(index, item.module, item.version),
          pointer: base.itemPointer,
        });
    }),
  );
  return { program, index, placements, entry: new Set([...program.entryRequirements, ...prior]), asOf };
}

/**
 * How surely a competency is developed by the programme's modules. An elective group develops it for every
 * trainee only when fewer than `choose` of its members lack it (any choice of k must include a provider).
 */
export interface Provision {
  /** Earliest position from which every trainee has it. */
  sure?: number;
  /** Earliest position from which some trainees have it. */
  possible?: number;
  /** Placements that develop it, in order. */
  providers: Placement[];
}

export function provisions(view: ProgramView): Map<Id, Provision> {
  const result = new Map<Id, Provision>();
  const groupCounts = new Map<string, Map<Id, number>>();
  for (const p of view.placements) {
    if (!p.module) continue;
    for (const c of new Set(p.module.outcomes)) {
      const prov = result.get(c) ?? result.set(c, { providers: [] }).get(c)!;
      prov.providers.push(p);
      prov.possible ??= p.position;
      if (!p.group) prov.sure ??= p.position;
      else {
        const counts =
          groupCounts.get(p.group.pointer) ??
          groupCounts.set(p.group.pointer, new Map()).get(p.group.pointer)!;
        const n = (counts.get(c) ?? 0) + 1;
        counts.set(c, n);
        const usable = p.group.group.of.length;
        if (usable - n < p.group.group.choose) prov.sure ??= p.position;
      }
    }
  }
  return result;
}
