import { isWithinValidity } from '../dates';
import { moduleHours } from '../hours';
import type { Id, Module } from '../model';
import { alternativesOf } from '../prereq-graph';
import type { ProgramView } from '../program-view';

/**
 * The module a fix should add to develop one of `competencies`: valid on the date, not already in the
 * programme, preferring one whose own prerequisites are already met (so the fix does not create new errors),
 * then the fewest hours, then the id for a stable answer.
 */
export function bestProvider(
  view: ProgramView,
  competencies: readonly Id[],
  isAvailable: (c: Id) => boolean,
  accept: (m: Module) => boolean = () => true,
): Module | undefined {
  const inProgram = new Set(view.placements.map((p) => p.ref.module));
  let best: { m: Module; ready: boolean; hours: number } | undefined;
  for (const c of competencies)
    for (const m of view.index.providers.get(c) ?? []) {
      if (inProgram.has(m.id) || !isWithinValidity(m, view.asOf) || !accept(m)) continue;
      const ready = m.prerequisites.every((p) => alternativesOf(p).some(isAvailable));
      const hours = moduleHours(m);
      if (
        !best ||
        (ready && !best.ready) ||
        (ready === best.ready && (hours < best.hours || (hours === best.hours && m.id < best.m.id)))
      )
        best = { m, ready, hours };
    }
  return best?.m;
}
