import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ProgramEdit } from '../edits';
import type { Id } from '../model';
import { named } from '../network-index';
import { alternativesOf, findPrerequisiteCycles } from '../prereq-graph';
import { provisions, type Placement, type Provision, type ProgramView } from '../program-view';
import { bestProvider, misversionedProvider } from './candidates';

/** Where to move a module's stage item so it lands right after `provider`'s item (indices after removal). */
function moveAfter(view: ProgramView, p: Placement, provider: Placement): ProgramEdit {
  const sameStageBefore = p.stageIndex === provider.stageIndex && p.itemIndex < provider.itemIndex;
  return {
    op: 'move-item',
    pointer: p.itemPointer,
    stageId: view.program.stages[provider.stageIndex]!.id,
    index: sameStageBefore ? provider.itemIndex : provider.itemIndex + 1,
    ...(provider.module && { after: provider.module.id }),
  };
}

/**
 * prereq.unmet, prereq.order and prereq.cycle: every prerequisite must be held on entry or developed, for every
 * trainee, by a module at an earlier position.
 */
export function checkPrerequisites(
  view: ProgramView,
  provided: Map<Id, Provision> = provisions(view),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { index } = view;
  const availableBefore = (position: number) => (c: Id) =>
    view.entry.has(c) || (provided.get(c)?.sure ?? Infinity) < position;
  const modules = view.placements.flatMap((p) => (p.module ? [p.module] : []));
  const cycles = findPrerequisiteCycles(modules, (c) => view.entry.has(c) || !provided.has(c));
  const inCycle = new Set(cycles.flatMap((c) => c.modules));
  const competencyName = (c: Id) => named.competency(index.competencies.get(c), c);

  for (const p of view.placements) {
    const m = p.module;
    if (!m || inCycle.has(m)) continue;
    const isAvailable = availableBefore(p.position);
    m.prerequisites.forEach((prereq, i) => {
      const alts = alternativesOf(prereq);
      if (alts.some(isAvailable)) return;
      const pointer = p.pointer;
      const params = { module: named.module(m), competencies: alts.map(competencyName) };
      const extra = { moduleId: m.id };
      const later = alts
        .flatMap((c) => provided.get(c)?.providers ?? [])
        .filter((q) => q.module !== m && q.position >= p.position && !q.group)
        .sort((a, b) => a.position - b.position)[0];
      if (alts.some((c) => (provided.get(c)?.possible ?? Infinity) < p.position)) {
        out.push(
          diagnostic(
            'prereq.unmet',
            'warning',
            pointer,
            { ...params, electiveOnly: true, detail: String(i) },
            extra,
          ),
        );
      } else if (later) {
        out.push(
          diagnostic(
            'prereq.order',
            'error',
            pointer,
            { ...params, provider: named.module(later.module!), detail: String(i) },
            {
              ...extra,
              fix: moveAfter(view, p, later),
            },
          ),
        );
      } else {
        const repair = misversionedProvider(view, alts);
        const add = repair ? undefined : bestProvider(view, alts, isAvailable);
        const provider = repair?.module ?? add;
        const stage = view.program.stages[p.stageIndex]!;
        out.push(
          diagnostic(
            'prereq.unmet',
            'error',
            pointer,
            { ...params, provider: provider && named.module(provider), detail: String(i) },
            {
              ...extra,
              fix: repair
                ? { op: 'set-version', pointer: repair.placement.pointer, version: repair.module.version }
                : add
                  ? {
                      op: 'add-module',
                      module: add.id,
                      version: add.version,
                      stageId: stage.id,
                      index: p.itemIndex,
                    }
                  : entryFix(view, alts),
            },
          ),
        );
      }
    });
  }

  const placementOf = new Map(view.placements.map((p) => [p.module, p]));
  for (const cycle of cycles) {
    for (const m of cycle.modules) {
      out.push(
        diagnostic(
          'prereq.cycle',
          'error',
          placementOf.get(m)!.pointer,
          {
            module: named.module(m),
            modules: cycle.modules.map(named.module),
            competencies: cycle.competencies.map(competencyName),
          },
          { moduleId: m.id, fix: { op: 'add-entry-requirement', competency: cycle.competencies[0]! } },
        ),
      );
    }
  }
  return out;
}

/**
 * The last resort for an unmet prerequisite: require one of its competencies on entry. Only one the network
 * knows: requiring a competency it lacks would trade this error for an unknown-reference one.
 */
function entryFix(view: ProgramView, alternatives: readonly Id[]): ProgramEdit | undefined {
  const known = alternatives.find((c) => view.index.competencies.has(c));
  return known === undefined ? undefined : { op: 'add-entry-requirement', competency: known };
}
