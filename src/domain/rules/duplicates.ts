import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics';
import { named } from '../network-index';
import type { Placement, ProgramView } from '../program-view';

/** `id-2`, `id-3`, … : the first not taken, kept within the 128 characters an id may have. */
function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, 128 - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Stage ids used twice, a competency listed twice as a target or entry requirement, a module placed twice. */
export function checkDuplicates(view: ProgramView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stageIds = new Set<string>();
  const taken = new Set(view.program.stages.map((s) => s.id));
  view.program.stages.forEach((s, i) => {
    if (stageIds.has(s.id)) {
      // The fix gives the later stage a fresh id: edits find stages by id, so until then they reach the first.
      const fresh = freshId(s.id, taken);
      taken.add(fresh);
      out.push(
        diagnostic(
          'id.duplicate',
          'error',
          pointerOf('stages', i, 'id'),
          { what: 'stage', detail: s.id },
          { fix: { op: 'set-stage-id', index: i, stageId: fresh } },
        ),
      );
    }
    stageIds.add(s.id);
  });
  // A competency listed twice as a target or entry requirement: harmless, but it counts twice in summaries.
  const lists = [
    ['targetCompetencies', 'target', 'remove-target'],
    ['entryRequirements', 'entry', 'remove-entry-requirement'],
  ] as const;
  for (const [field, context, op] of lists) {
    const seen = new Set<string>();
    view.program[field].forEach((c, i) => {
      if (seen.has(c))
        out.push(
          diagnostic(
            'id.duplicate',
            'warning',
            pointerOf(field, i),
            { what: 'competency', detail: c, context },
            { fix: { op, competency: c, index: i } },
          ),
        );
      seen.add(c);
    });
  }
  // The copy kept is the first that resolves: removing it would leave a module the network does not hold.
  const kept = new Map<string, Placement>();
  for (const p of view.placements) {
    const earlier = kept.get(p.ref.module);
    if (!earlier || (!earlier.module && p.module)) kept.set(p.ref.module, p);
  }
  for (const p of view.placements) {
    const keeper = kept.get(p.ref.module)!;
    if (keeper === p) continue;
    out.push(
      diagnostic(
        'module.duplicate',
        'error',
        p.pointer,
        { module: p.module ? named.module(p.module) : { id: p.ref.module }, detail: keeper.pointer },
        { moduleId: p.ref.module, fix: { op: 'remove-item', pointer: p.pointer } },
      ),
    );
  }
  return out;
}
