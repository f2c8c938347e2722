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
  // Runs on every edit: plain loops and objects of one shape, no spreads, keep it cheap for 500 modules.
  const placements: Placement[] = [];
  let position = 0;
  for (let stageIndex = 0; stageIndex < program.stages.length; stageIndex++) {
    const items = program.stages[stageIndex]!.items;
    for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
      const item = items[itemIndex]!;
      const itemPointer = `/stages/${stageIndex}/items/${itemIndex}`;
      if ('choose' in item) {
        const group = { group: item, pointer: itemPointer };
        for (let member = 0; member < item.of.length; member++) {
          const ref = item.of[member]!;
          const module = resolveModule(index, ref.module, ref.version);
          placements.push({
            ref,
            module,
            pointer: `${itemPointer}/of/${member}`,
            itemPointer,
            stageIndex,
            itemIndex,
            position,
            group,
          });
        }
      } else {
        const module = resolveModule(index, item.module, item.version);
        placements.push({
          ref: item,
          module,
          pointer: itemPointer,
          itemPointer,
          stageIndex,
          itemIndex,
          position,
          group: undefined,
        });
      }
      position++;
    }
  }
  const entry = new Set(program.entryRequirements);
  for (const c of prior) entry.add(c);
  return { program, index, placements, entry, asOf };
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
    const outcomes = p.module.outcomes;
    for (let i = 0; i < outcomes.length; i++) {
      const c = outcomes[i]!;
      // A module listing an outcome twice still provides it once.
      if (outcomes.indexOf(c) !== i) continue;
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
