import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Id } from '../model';
import { named } from '../network-index';
import { alternativesOf } from '../prereq-graph';
import type { ProgramView } from '../program-view';

/**
 * module.unused: a module that develops no target and nothing another module in the programme needs.
 * A provider placed after the module that needs it is misplaced, not unused: prereq.order reports that, and
 * flagging it here too would suggest deleting a module the programme needs.
 */
export function checkUsefulness(view: ProgramView): Diagnostic[] {
  const targets = new Set(view.program.targetCompetencies);
  // For each competency, one module that needs it and whether another does too: enough to know whether a
  // module's outcome is needed by someone else, without a set per competency on every edit.
  const firstNeeder = new Map<Id, Id>();
  const neededByMany = new Set<Id>();
  for (const p of view.placements)
    for (const prereq of p.module?.prerequisites ?? [])
      for (const c of alternativesOf(prereq)) {
        const first = firstNeeder.get(c);
        if (first === undefined) firstNeeder.set(c, p.ref.module);
        else if (first !== p.ref.module) neededByMany.add(c);
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
