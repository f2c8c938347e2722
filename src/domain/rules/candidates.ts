import { isWithinValidity } from '../dates';
import { moduleHours } from '../hours';
import type { Id, Module, ModuleRef } from '../model';
import { alternativesOf } from '../prereq-graph';
import type { Placement, ProgramView } from '../program-view';

/**
 * The version a reference to a missing version should take: one valid on the date, else the newest. None when
 * the version named is in the network but its catalog's schema refused it: that entry is to be fixed there.
 */
export function replacementFor(view: ProgramView, ref: ModuleRef): Module | undefined {
  if (view.index.gaps.refused.module.has(`${ref.module}@${ref.version}`)) return undefined;
  const versions = view.index.moduleVersions.get(ref.module);
  return versions?.find((m) => isWithinValidity(m, view.asOf)) ?? versions?.[0];
}

/**
 * A module the programme names at a version the network lacks, whose right version develops one of
 * `competencies`. Its version is the fix: adding the module again would only make a duplicate.
 */
export function misversionedProvider(
  view: ProgramView,
  competencies: readonly Id[],
): { placement: Placement; module: Module } | undefined {
  for (const placement of view.placements) {
    if (placement.module) continue;
    const module = replacementFor(view, placement.ref);
    if (module?.outcomes.some((c) => competencies.includes(c))) return { placement, module };
  }
  return undefined;
}

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
