import type { Id, Trajectory } from '../model';
import { SCHEMA_VERSION } from '../model/patterns';
import type { NetworkIndex } from '../network-index';
import { costs, max, propagate, sum } from './analysis';
import { blockedForced, explainUnreachable, type BlockedModule, type Unreachable } from './explain';
import { greedyPlan, type Selection } from './greedy';
import {
  buildInstance,
  heldCompetencies,
  missingElectives,
  requestTargets,
  type PlanInstance,
} from './instance';
import {
  buildMipModel,
  circularityCut,
  relevantModules,
  type MipModel,
  type MipOutcome,
  type MipSolver,
} from './mip';
import { stepReasons } from './reasons';
import type { PlanRequest } from './request';

/** A plan exists; `phase` says whether it is the fast greedy one or the solver's final word. */
export interface PlanFound {
  kind: 'plan';
  phase: 'greedy' | 'final';
  trajectory: Trajectory;
  /** Hours no plan can go below, as far as proven so far. */
  lowerBound: number;
  /** Set when even this plan, the shortest found, needs more hours than the trainee allowed. */
  exceedsLimit?: { maxHours: number };
}

export interface NoPlan {
  kind: 'unreachable';
  /** Targets no sequence of takeable modules develops. */
  targets: Id[];
  /** Modules that must be in (programme or chosen) but cannot be taken. */
  modules: BlockedModule[];
  /** Elective groups with fewer takeable modules than must be chosen. */
  groups: { id?: Id; stage: Id; choose: number; takeable: number }[];
  /** Chosen modules that are not in the network or programme on the start date. */
  missingElectives: Id[];
  /** The chain of reasons behind the unreachable targets and blocked modules. */
  details: Unreachable[];
}

export type PlanResult = PlanFound | NoPlan;

export interface PreparedPlan {
  kind: 'prepared';
  request: PlanRequest;
  instance: PlanInstance;
  usable: Selection;
  lowerBound: number;
}

/** Builds the problem and checks that a plan exists; when none does, says exactly why. */
export function preparePlan(index: NetworkIndex, request: PlanRequest): PreparedPlan | NoPlan {
  const instance = buildInstance(index, request);
  const everything = new Uint8Array(instance.modules.length).fill(1);
  const { order, reachable } = propagate(instance, everything);
  const usable = new Uint8Array(instance.modules.length);
  for (const m of order) usable[m] = 1;
  const targets = instance.targets.filter((t) => !reachable[t]).map((t) => instance.competencyIds[t]!);
  const modules = blockedForced(instance, usable, reachable);
  const groups = instance.groups
    .map(({ id, stage, choose, members }) => ({
      id,
      stage,
      choose,
      takeable: members.filter((m) => usable[m]).length,
    }))
    .filter((g) => g.takeable < g.choose);
  const missing = missingElectives(instance, request);
  if (targets.length || modules.length || groups.length || missing.length) {
    const blocking = modules.flatMap((m) => (m.blocked.kind === 'needs' ? m.blocked.anyOf : []));
    const details = explainUnreachable(index, request, instance, reachable, [...targets, ...blocking]);
    return { kind: 'unreachable', targets, modules, groups, missingElectives: missing, details };
  }
  return { kind: 'prepared', request, instance, usable, lowerBound: lowerBound(instance) };
}

/** No plan has fewer hours than its dearest single chain of prerequisites, nor than its compulsory modules. */
function lowerBound(instance: PlanInstance): number {
  const chain = costs(instance, max);
  let bound = 0;
  let compulsory = 0;
  for (const t of instance.targets) bound = Math.max(bound, chain.competency[t]!);
  for (const m of instance.forced.keys()) {
    bound = Math.max(bound, chain.module[m]!);
    compulsory += instance.hours[m]!;
  }
  return Math.max(bound, compulsory);
}

const roundHours = (h: number) => Math.round(h * 100) / 100;

function found(
  prepared: PreparedPlan,
  selected: Selection,
  phase: PlanFound['phase'],
  /** `proven` when the solver proved this plan optimal. */
  bound: number | 'proven',
): PlanFound {
  const { instance, request } = prepared;
  const order = propagate(instance, selected).order;
  const reasons = stepReasons(instance, order);
  const totalHours = roundHours(order.reduce((sum, m) => sum + instance.hours[m]!, 0));
  const lowerBound = bound === 'proven' ? totalHours : Math.min(bound, totalHours);
  const gap = totalHours > 0 ? Math.max(0, (totalHours - lowerBound) / totalHours) : 0;
  const prior = new Set(request.prior.map((p) => p.competency));
  const entry = heldCompetencies(request).filter((c) => !prior.has(c));
  const trajectory: Trajectory = {
    kind: 'trajectory',
    schemaVersion: SCHEMA_VERSION,
    programId: request.program?.id ?? null,
    targetCompetencies: [...requestTargets(request)],
    priorCompetencies: [
      ...request.prior,
      ...entry.map((competency) => ({
        competency,
        evidence: request.entryEvidence ?? `entry requirement of programme ${request.program!.id}`,
      })),
    ],
    electives: [...request.electives],
    steps: order.map((m, i) => ({
      module: instance.modules[m]!.id,
      version: instance.modules[m]!.version,
      reasons: reasons[i]!,
    })),
    totalHours,
    optimal: gap < 1e-9 ? true : Math.round(gap * 10000) / 10000,
    waivers: [],
  };
  const maxHours = instance.maxHours;
  return {
    kind: 'plan',
    phase,
    trajectory,
    lowerBound: roundHours(lowerBound),
    ...(maxHours !== undefined && totalHours > maxHours + 1e-9 ? { exceedsLimit: { maxHours } } : {}),
  };
}

/** The greedy plan as a result; pass `start` to planOptimal too, so the greedy pass runs once. */
export function planGreedy(
  prepared: PreparedPlan,
  start: Selection = greedyPlan(prepared.instance),
): PlanFound {
  return found(prepared, start, 'greedy', prepared.lowerBound);
}

export interface OptimiseOptions {
  timeLimitSeconds: number;
  /** The greedy plan to start from, when already computed. */
  start?: Selection;
  /** Told of the better plan and bound the relaxation gives, long before the proof (phase `greedy`). */
  onProgress?: (result: PlanFound) => void;
}

const planHours = (instance: PlanInstance, selected: Selection) =>
  selected.reduce((sum, on, m) => (on ? sum + instance.hours[m]! : sum), 0);

interface Tightened {
  model: MipModel;
  incumbent: Selection;
  /** Hours no plan goes below, from the linear relaxation. */
  bound: number;
}

/**
 * The linear relaxation, solved once, does two things for the proof. Its values guide a second greedy pass
 * (each module's hours discounted by how much the relaxation uses it), which gives a near-optimal start. Its
 * reduced costs then rule out every module that would push any plan containing it above that start: the
 * solver's expensive root work runs on what is left (a third of the modules on generated networks).
 */
function tighten(
  prepared: PreparedPlan,
  solver: MipSolver,
  model: MipModel,
  greedy: Selection,
  seconds: number,
): Tightened {
  const { instance } = prepared;
  const relaxed = solver.solve(model, { timeLimitSeconds: seconds, absoluteGap: 0, relaxation: true });
  if (relaxed.status !== 'optimal' || !relaxed.reducedCosts)
    return { model, incumbent: greedy, bound: prepared.lowerBound };
  const guided = Float64Array.from(instance.hours);
  model.columns.forEach(
    (m, j) => (guided[m] = instance.hours[m]! * (1.001 - Math.min(1, relaxed.values[j]!))),
  );
  const rounded = greedyPlan(instance, costs(instance, sum, guided));
  const incumbent = polish(
    instance,
    solver,
    model,
    relaxed.values,
    planHours(instance, rounded) < planHours(instance, greedy) ? rounded : greedy,
    seconds,
  );
  const upper = model.columns.reduce((total, m, j) => total + (incumbent[m] ? model.cost[j]! : 0), 0);
  const { reducedCosts } = relaxed;
  const kept = model.columns.filter(
    (m, j) => incumbent[m] || relaxed.objective + reducedCosts[j]! <= upper + 1e-6,
  );
  return {
    model: kept.length < model.columns.length ? buildMipModel(instance, kept) : model,
    incumbent,
    bound: Math.max(prepared.lowerBound, Math.floor(relaxed.objective + 1e-6) / model.scale),
  };
}

/**
 * The best plan among the modules the relaxation uses and the incumbent's, found by the solver on that small
 * model (a few hundred columns where the whole has thousands). It is nearly always the optimum or close to it,
 * and a near-optimal incumbent is what lets reduced costs fix most columns out of the proof.
 */
function polish(
  instance: PlanInstance,
  solver: MipSolver,
  model: MipModel,
  relaxedValues: Float64Array,
  incumbent: Selection,
  seconds: number,
): Selection {
  const support = model.columns.filter((m, j) => incumbent[m] || relaxedValues[j]! > 1e-6);
  const small = buildMipModel(instance, support);
  const solved = solveFrom(instance, solver, small, incumbent, seconds);
  // Ordering is not modelled: a circular answer is no plan, and the incumbent stands.
  return solved && !solved.circular && planHours(instance, solved.selected) < planHours(instance, incumbent)
    ? solved.selected
    : incumbent;
}

interface Solved {
  outcome: Extract<MipOutcome, { values: Float64Array }>;
  selected: Selection;
  /** The selected modules in an order where each one's prerequisites come first, and what they reach. */
  order: number[];
  reachable: ReturnType<typeof propagate>['reachable'];
  chosen: number[];
  /** Some chosen modules are reachable only through each other: no order takes them all. */
  circular: boolean;
}

/** Solves the 0-1 model from a start plan; undefined when the solver gives no solution at all. */
function solveFrom(
  instance: PlanInstance,
  solver: MipSolver,
  model: MipModel,
  start: Selection,
  seconds: number,
): Solved | undefined {
  const outcome = solver.solve(model, {
    timeLimitSeconds: seconds,
    initial: Float64Array.from(model.columns, (m) => start[m]!),
    absoluteGap: 0.5,
  });
  if (outcome.status !== 'optimal' && outcome.status !== 'time-limit') return undefined;
  const selected = new Uint8Array(instance.modules.length);
  model.columns.forEach((m, j) => (selected[m] = outcome.values[j]! > 0.5 ? 1 : 0));
  const { order, reachable } = propagate(instance, selected);
  const chosen = model.columns.filter((m) => selected[m]);
  return { outcome, selected, order, reachable, chosen, circular: order.length !== chosen.length };
}

/** Circular plans are cut off one at a time; real networks rarely need any cut, so this is a safety net. */
const MAX_CUTS = 100;

/**
 * The least-hours plan, proven by the MIP solver within the time limit. When time runs out the best plan found
 * comes back with the proven gap; when the solver fails, the greedy plan does, with its own bound.
 */
export function planOptimal(prepared: PreparedPlan, solver: MipSolver, options: OptimiseOptions): PlanFound {
  const { instance } = prepared;
  const greedy = options.start ?? greedyPlan(instance);
  const deadline = Date.now() + options.timeLimitSeconds * 1000;
  // The relaxation may use a quarter of the time: the proof needs the rest.
  const {
    model,
    incumbent,
    bound: relaxedBound,
  } = tighten(
    prepared,
    solver,
    buildMipModel(instance, relevantModules(instance, prepared.usable)),
    greedy,
    options.timeLimitSeconds / 4,
  );
  options.onProgress?.(found(prepared, incumbent, 'greedy', relaxedBound));
  for (let cuts = 0; cuts <= MAX_CUTS; cuts++) {
    const solved = solveFrom(
      instance,
      solver,
      model,
      incumbent,
      Math.max(0.01, (deadline - Date.now()) / 1000),
    );
    if (!solved) return found(prepared, greedy, 'final', prepared.lowerBound);
    const { outcome, selected, order, reachable, chosen } = solved;
    if (!solved.circular) {
      // The objective is hours in whole cost units plus less than one unit of preferences.
      const bound = Math.max(relaxedBound, Math.floor(outcome.bound + 1e-6) / model.scale);
      return found(prepared, selected, 'final', outcome.status === 'optimal' ? 'proven' : bound);
    }
    const inOrder = new Uint8Array(instance.modules.length);
    for (const m of order) inOrder[m] = 1;
    model.rows.push(
      circularityCut(
        instance,
        model,
        selected,
        chosen.filter((m) => !inOrder[m]),
        reachable,
      ),
    );
  }
  return found(prepared, greedy, 'final', prepared.lowerBound);
}
