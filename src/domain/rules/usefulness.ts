import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Id } from '../model';
import { named } from '../network-index';
import { alternativesOf } from '../prereq-graph';
import type { ProgramView } from '../program-view';

/** module.unused: a module that develops no target and nothing a later module needs. */
export function checkUsefulness(view: ProgramView): Diagnostic[] {
  const targets = new Set(view.program.targetCompetencies);
  const lastNeed = new Map<Id, number>();
  for (const p of view.placements)
    for (const prereq of p.module?.prerequisites ?? [])
      for (const c of alternativesOf(prereq)) lastNeed.set(c, Math.max(lastNeed.get(c) ?? -1, p.position));
  const out: Diagnostic[] = [];
  for (const p of view.placements) {
    const m = p.module;
    if (!m) continue;
    const serves = m.outcomes.some((c) => targets.has(c) || (lastNeed.get(c) ?? -1) > p.position);
    if (!serves)
      out.push(diagnostic('module.unused', 'warning', p.pointer, { module: named.module(m) }, { moduleId: m.id, fix: { op: 'remove-item', pointer: p.pointer } }));
  }
  return out;
}
