import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Id, Module } from '../model';
import { gapFor, named } from '../network-index';
import { alternativesOf } from '../prereq-graph';
import type { ProgramView } from '../program-view';
import { replacementFor } from './candidates';

/**
 * module.unused: a module that develops no target and nothing another module in the programme needs.
 * A provider placed after the module that needs it is misplaced, not unused: prereq.order reports that, and
 * flagging it here too would suggest deleting a module the programme needs.
 */
export function checkUsefulness(view: ProgramView): Diagnostic[] {
  const targets = new Set(view.program.targetCompetencies);
  // A module named at a missing version needs what its right version needs. One the network may hold in a
  // file it could not load whole may need anything, so until it resolves no module can be called unused (the
  // fix would delete it); one the whole network lacks is a slip that needs nothing.
  const needers: Module[] = [];
  for (const p of view.placements) {
    const m = p.module ?? replacementFor(view, p.ref);
    if (m) needers.push(m);
    else if (gapFor(view.index, 'module', p.ref.module, p.ref.version)) return [];
  }
  // For each competency, one module that needs it and whether another does too: enough to know whether a
  // module's outcome is needed by someone else, without a set per competency on every edit.
  const firstNeeder = new Map<Id, Id>();
  const neededByMany = new Set<Id>();
  for (const needer of needers)
    for (const prereq of needer.prerequisites)
      for (const c of alternativesOf(prereq)) {
        const first = firstNeeder.get(c);
        if (first === undefined) firstNeeder.set(c, needer.id);
        else if (first !== needer.id) neededByMany.add(c);
      }
  const out: Diagnostic[] = [];
  for (const p of view.placements) {
    const m = p.module;
    if (!m) continue;
    const serves = m.outcomes.some((c) => {
      const first = firstNeeder.get(c);
      return targets.has(c) || neededByMany.has(c) || (first !== undefined && first !== m.id);
    });
    if (!serves)
      out.push(
        diagnostic(
          'module.unused',
          'warning',
          p.pointer,
          { module: named.module(m) },
          { moduleId: m.id, fix: { op: 'remove-item', pointer: p.pointer } },
        ),
      );
  }
  return out;
}
