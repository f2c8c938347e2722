import { useAppStore } from '../../store';
import type { PlanForm } from '../../store/trainee-slice';

/** One field of the plan form and its setter, so each control stays a one-liner. */
export function usePlanField<K extends keyof PlanForm>(key: K): [PlanForm[K], (value: PlanForm[K]) => void] {
  const value = useAppStore((s) => s.planForm[key]);
  const update = useAppStore((s) => s.updatePlanForm);
  return [value, (v) => update({ [key]: v } as Pick<PlanForm, K>)];
}
