import type { NetworkIndex } from '../domain/network-index';
import { greedyPlan } from '../domain/planner/greedy';
import { planGreedy, planOptimal, preparePlan, type PlanResult } from '../domain/planner/plan';
import type { PlanRequest } from '../domain/planner/request';
import type { MipSolver } from '../domain/planner/mip';

/**
 * Greedy first, reported at once, then the exact plan: the same sequence in the worker and, where workers do
 * not exist (tests in jsdom), on the main thread. The solver is loaded only when a plan needs it.
 */
export async function runPlan(
  index: NetworkIndex,
  request: PlanRequest,
  timeLimitSeconds: number,
  loadSolver: () => Promise<MipSolver>,
  report: (result: PlanResult) => void,
): Promise<void> {
  const prepared = preparePlan(index, request);
  if (prepared.kind === 'unreachable') return report(prepared);
  const start = greedyPlan(prepared.instance);
  report(planGreedy(prepared, start));
  const solver = await loadSolver();
  report(planOptimal(prepared, solver, { timeLimitSeconds, start, onProgress: report }));
}
