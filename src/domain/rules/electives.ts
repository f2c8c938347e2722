import { isWithinValidity } from '../dates';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ProgramView } from '../program-view';

/** elective.unsatisfiable: a `choose k of n` group with fewer than k modules a trainee could actually take. */
export function checkElectives(view: ProgramView): Diagnostic[] {
  const seen = new Set<string>();
  const usable = new Map<string, number>();
  const groups = new Map<string, { choose: number; title?: unknown }>();
  for (const p of view.placements) {
    const duplicate = seen.has(p.ref.module);
    seen.add(p.ref.module);
    if (!p.group) continue;
    groups.set(p.group.pointer, p.group.group);
    const ok = p.module !== undefined && isWithinValidity(p.module, view.asOf) && !duplicate;
    usable.set(p.group.pointer, (usable.get(p.group.pointer) ?? 0) + (ok ? 1 : 0));
  }
  const out: Diagnostic[] = [];
  for (const [pointer, group] of groups) {
    const n = usable.get(pointer) ?? 0;
    if (n >= group.choose) continue;
    out.push(
      diagnostic(
        'elective.unsatisfiable',
        'error',
        pointer,
        { choose: group.choose, usable: n },
        {
          fix: n > 0 ? { op: 'set-choose', pointer, choose: n } : { op: 'remove-item', pointer },
        },
      ),
    );
  }
  return out;
}
