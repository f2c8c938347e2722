import { costs, propagate, sum, type Costs } from './analysis';
import type { PlanInstance } from './instance';

/** Marks which modules are in a plan; indexed like `PlanInstance.modules`. */
export type Selection = Uint8Array;

/**
 * A good plan fast: take the cheapest provider (by the additive estimate) of each competency still needed,
 * starting from the targets and the modules that must be in, fill elective groups with their cheapest
 * members, then drop every module the plan can do without, dearest first. The caller has checked that a plan
 * exists; the MIP model then starts from this plan and proves or improves it.
 */
export function greedyPlan(instance: PlanInstance, estimate: Costs = costs(instance, sum)): Selection {
  const { outcomes, requirements, held, groups } = instance;
  const selected = new Uint8Array(instance.modules.length);
  const providedBy = new Int32Array(instance.competencyIds.length);
  const needed: number[] = [];
  const take = (m: number) => {
    if (selected[m]) return;
    selected[m] = 1;
    // Each need is met by its cheapest provider even when a module already taken develops it too: the cheapest
    // providers form a well-founded tree (Dijkstra finalises prerequisites first), so the plan can always be
    // ordered, which "already provided" cannot promise (the provider may itself wait for this module).
    // Pruning removes what turns out to be redundant.
    for (const alternatives of requirements[m]!) {
      if (alternatives.some((c) => held[c])) continue;
      let cheapest = alternatives[0]!;
      for (const c of alternatives)
        if (estimate.competency[c]! < estimate.competency[cheapest]!) cheapest = c;
      needed.push(cheapest);
    }
    for (const c of outcomes[m]!) providedBy[c]!++;
  };
  const satisfyNeeds = () => {
    while (needed.length) {
      const c = needed.pop()!;
      if (!held[c] && estimate.bestProvider[c]! >= 0) take(estimate.bestProvider[c]!);
    }
  };
  for (const m of instance.forced.keys()) take(m);
  needed.push(...instance.targets);
  satisfyNeeds();
  for (const group of groups) {
    const spare = group.members
      .filter((m) => !selected[m] && estimate.module[m]! < Infinity)
      .sort((a, b) => estimate.module[a]! - estimate.module[b]!);
    let count = group.members.filter((m) => selected[m]).length;
    for (const m of spare) {
      if (count++ >= group.choose) break;
      take(m);
      satisfyNeeds();
    }
  }
  prune(instance, selected, providedBy);
  return selected;
}

/** Removes modules, dearest first, while the plan stays complete and in a valid order. */
function prune(instance: PlanInstance, selected: Selection, providedBy: Int32Array): void {
  const { hours, penalty, outcomes, forced, groups } = instance;
  const isTarget = new Uint8Array(instance.competencyIds.length);
  for (const t of instance.targets) isTarget[t] = 1;
  const inGroup = new Uint8Array(selected.length);
  for (const g of groups) for (const m of g.members) inGroup[m] = 1;
  const removable = [...selected.keys()]
    .filter((m) => selected[m] && !forced.has(m))
    .sort((a, b) => hours[b]! - hours[a]! || penalty[b]! - penalty[a]!);
  let count = removable.length + forced.size;
  for (const m of removable) {
    // Cheap test first: a module is the only source of something the plan needs far more often than not.
    if (
      outcomes[m]!.some(
        (c) => providedBy[c] === 1 && (isTarget[c] || isNeeded(instance, selected, providedBy, c, m)),
      )
    )
      continue;
    selected[m] = 0;
    const stillValid =
      (!inGroup[m] || groups.every((g) => g.members.filter((x) => selected[x]).length >= g.choose)) &&
      propagate(instance, selected).order.length === count - 1;
    if (!stillValid) {
      selected[m] = 1;
      continue;
    }
    count--;
    for (const c of outcomes[m]!) providedBy[c]!--;
  }
}

/** Whether a selected module other than `m` needs `c` with no other alternative provided. */
function isNeeded(
  instance: PlanInstance,
  selected: Selection,
  providedBy: Int32Array,
  c: number,
  m: number,
): boolean {
  const { slotModule, slotStart, requirements, held } = instance;
  for (const slot of instance.dependents[c]!) {
    const d = slotModule[slot]!;
    if (d === m || !selected[d]) continue;
    const alternatives = requirements[d]![slot - slotStart[d]!]!;
    if (!alternatives.some((a) => a !== c && (held[a] || providedBy[a]! > 0))) return true;
  }
  return false;
}
