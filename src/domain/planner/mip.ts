import type { PlanInstance } from './instance';
import type { Selection } from './greedy';

/** One linear constraint `lower <= sum(values[k] * x[indices[k]]) <= upper` over the model's columns. */
export interface MipRow {
  indices: number[];
  values: number[];
  lower: number;
  upper: number;
}

/**
 * A 0-1 programme: one column per module that could be in an optimal plan. It says nothing about the solver,
 * so the domain stays pure and any MIP solver can be plugged in through `MipSolver`.
 */
export interface MipModel {
  /** The module (instance index) behind each column. */
  columns: number[];
  cost: Float64Array;
  lower: Float64Array;
  rows: MipRow[];
  /** Hours are multiplied by this so that every module's hours is a whole number of cost units. */
  scale: number;
}

export interface MipOptions {
  timeLimitSeconds: number;
  /** A feasible 0-1 vector to start from (the greedy plan). */
  initial?: Float64Array;
  /** Stop once the incumbent is within this of the bound, in cost units. */
  absoluteGap: number;
  /** Solve the linear relaxation only (values may be fractional). */
  relaxation?: boolean;
}

export type MipOutcome =
  | {
      status: 'optimal' | 'time-limit';
      values: Float64Array;
      objective: number;
      bound: number;
      /** For a relaxation: each column's reduced cost (how much the objective rises per unit of it). */
      reducedCosts?: Float64Array;
    }
  | { status: 'infeasible' }
  | { status: 'failed'; message: string };

export interface MipSolver {
  solve(model: MipModel, options: MipOptions): MipOutcome;
}

/** The smallest of these factors that makes every module's hours whole; two decimals at worst. */
function hourScale(hours: Float64Array): number {
  for (const scale of [1, 2, 4, 10, 100])
    if (hours.every((h) => Math.abs(h * scale - Math.round(h * scale)) < 1e-9)) return scale;
  return 100;
}

/**
 * Modules that can be taken and can matter: providers of targets, of prerequisites of those, and so on, plus
 * the modules that must be in and elective group members. Everything else is fixed out before the solver sees it.
 */
export function relevantModules(instance: PlanInstance, usable: Selection): number[] {
  const { providers, requirements } = instance;
  const relevant = new Uint8Array(instance.modules.length);
  const seen = new Uint8Array(instance.competencyIds.length);
  const competencies = [...instance.targets];
  const modules = [...instance.forced.keys(), ...instance.groups.flatMap((g) => g.members)];
  while (competencies.length || modules.length) {
    const m = modules.pop();
    if (m !== undefined) {
      if (relevant[m] || !usable[m]) continue;
      relevant[m] = 1;
      for (const alternatives of requirements[m]!) competencies.push(...alternatives);
      continue;
    }
    const c = competencies.pop()!;
    if (seen[c]) continue;
    seen[c] = 1;
    modules.push(...providers[c]!);
  }
  return [...relevant.keys()].filter((m) => relevant[m]);
}

/**
 * Minimise hours (ties broken by preferences) subject to: every target developed; every prerequisite of a
 * chosen module developed by another chosen module; every elective group filled. The hour limit is
 * checked on the optimum instead: if the least-hours plan exceeds it, nothing fits. Ordering is
 * not modelled: a plan that is complete but circular is cut off afterwards (see `circularityCut`).
 */
export function buildMipModel(instance: PlanInstance, columns: number[]): MipModel {
  const { providers, requirements, hours, penalty } = instance;
  const column = new Map(columns.map((m, j) => [m, j]));
  const scale = hourScale(Float64Array.from(columns, (m) => hours[m]!));
  // Preferences must never outweigh one cost unit of hours: their total stays below 1.
  const tieWeight = 1 / (6 * columns.length + 1);
  const cost = Float64Array.from(columns, (m) => Math.round(hours[m]! * scale) + tieWeight * penalty[m]!);
  const lower = Float64Array.from(columns, (m) => (instance.forced.has(m) ? 1 : 0));
  const rows: MipRow[] = [];
  const providerColumns = (alternatives: ArrayLike<number>, except: number) => {
    const set = new Set<number>();
    for (let k = 0; k < alternatives.length; k++)
      for (const p of providers[alternatives[k]!]!) {
        const j = column.get(p);
        if (j !== undefined && j !== except) set.add(j);
      }
    return [...set];
  };
  for (const t of instance.targets) {
    const indices = providerColumns([t], -1);
    rows.push({ indices, values: indices.map(() => 1), lower: 1, upper: Infinity });
  }
  columns.forEach((m, j) => {
    for (const alternatives of requirements[m]!) {
      const indices = providerColumns(alternatives, j);
      rows.push({
        indices: [...indices, j],
        values: [...indices.map(() => 1), -1],
        lower: 0,
        upper: Infinity,
      });
    }
  });
  for (const group of instance.groups) {
    const indices = group.members.flatMap((m) => column.get(m) ?? []);
    rows.push({ indices, values: indices.map(() => 1), lower: group.choose, upper: Infinity });
  }
  return { columns, cost, lower, rows, scale };
}

/**
 * A chosen set `stuck` of modules that cannot be ordered (each waits for another) needs, in any plan that takes
 * all of them, some module outside the current plan that develops one of their missing prerequisites: the
 * first of them to be taken must have its prerequisites from outside the set. This row says exactly that.
 */
export function circularityCut(
  instance: PlanInstance,
  model: MipModel,
  chosen: Selection,
  stuck: number[],
  reachable: Uint8Array,
): MipRow {
  const { requirements, providers } = instance;
  const outside = new Set<number>();
  const column = new Map(model.columns.map((m, j) => [m, j]));
  for (const m of stuck)
    for (const alternatives of requirements[m]!) {
      if (alternatives.some((c) => reachable[c])) continue;
      for (const c of alternatives)
        for (const p of providers[c]!) if (!chosen[p] && column.has(p)) outside.add(column.get(p)!);
    }
  const indices = [...outside, ...stuck.map((m) => column.get(m)!)];
  const values = [...[...outside].map(() => 1), ...stuck.map(() => -1)];
  return { indices, values, lower: 1 - stuck.length, upper: Infinity };
}
