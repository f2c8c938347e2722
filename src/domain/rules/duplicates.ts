import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics';
import { named } from '../network-index';
import type { ProgramView } from '../program-view';

/** Stage ids used twice, and a module placed twice (in any version). */
export function checkDuplicates(view: ProgramView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stageIds = new Set<string>();
  view.program.stages.forEach((s, i) => {
    if (stageIds.has(s.id))
      out.push(
        diagnostic('id.duplicate', 'error', pointerOf('stages', i, 'id'), { what: 'stage', detail: s.id }),
      );
    stageIds.add(s.id);
  });
  const first = new Map<string, string>();
  for (const p of view.placements) {
    const earlier = first.get(p.ref.module);
    if (earlier === undefined) {
      first.set(p.ref.module, p.pointer);
      continue;
    }
    out.push(
      diagnostic(
        'module.duplicate',
        'error',
        p.pointer,
        { module: p.module ? named.module(p.module) : { id: p.ref.module }, detail: earlier },
        { moduleId: p.ref.module, fix: { op: 'remove-item', pointer: p.pointer } },
      ),
    );
  }
  return out;
}
