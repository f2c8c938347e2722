import type { StepReason } from '../model';
import type { PlanInstance } from './instance';

/**
 * Why each step of an ordered plan is there: the programme requires it or the trainee chose it, it develops a
 * target, and/or it is the first step to develop a prerequisite of a later step.
 */
export function stepReasons(instance: PlanInstance, order: readonly number[]): StepReason[][] {
  const { outcomes, requirements, competencyIds, modules } = instance;
  const isTarget = new Set(instance.targets);
  const groupOf = new Map<number, string | undefined>();
  for (const g of instance.groups) for (const m of g.members) groupOf.set(m, g.id);
  const firstProvider = new Map<number, number>();
  const reasons = order.map((m, step): StepReason[] => {
    const forced = instance.forced.get(m);
    const own: StepReason[] = [];
    if (forced?.kind === 'programme') own.push({ kind: 'programme', stage: forced.stage });
    else if (forced?.kind === 'chosen') own.push({ kind: 'chosen' });
    else if (groupOf.has(m))
      own.push({ kind: 'elective', ...(groupOf.get(m) ? { group: groupOf.get(m) } : {}) });
    for (const c of outcomes[m]!) {
      if (isTarget.has(c)) own.push({ kind: 'target', competency: competencyIds[c]! });
      if (!firstProvider.has(c)) firstProvider.set(c, step);
    }
    return own;
  });
  order.forEach((m) => {
    for (const alternatives of requirements[m]!) {
      const c = Array.from(alternatives).find((a) => firstProvider.has(a));
      if (c === undefined) continue;
      reasons[firstProvider.get(c)!]!.push({
        kind: 'prerequisite',
        competency: competencyIds[c]!,
        for: modules[m]!.id,
      });
    }
  });
  return reasons;
}
