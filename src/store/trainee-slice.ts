import type { StateCreator } from 'zustand';
import { localIsoDate } from '../domain/dates';
import type { Id, ModuleRef, PriorCompetency, Program, StepReason, Trajectory } from '../domain/model';
import type { NetworkIndex } from '../domain/network-index';
import { stepHours } from '../domain/hours';
import type { NoPlan, PlanFound } from '../domain/planner/plan';
import { emptyRequest, type Leaning, type PlanRequest } from '../domain/planner/request';
import { PlannerClient } from '../workers/planner-client';
import { entryEvidence } from '../i18n/entry-evidence';
import type { Lang } from '../i18n/lang';
import type { AppState } from './index';

export type Mode = 'methodologist' | 'trainee' | 'reviewer';

/** What the trainee asked for, as the form shows it. */
export interface PlanForm {
  source: 'network' | 'programme';
  /** The programme to plan within, when `source` is `programme`. */
  program: Program | null;
  targets: readonly Id[];
  prior: readonly PriorCompetency[];
  electives: readonly ModuleRef[];
  excluded: readonly Id[];
  prefer: Leaning;
  avoid: Leaning;
  start: string;
  hoursPerWeek: number;
  maxHours: number | null;
}

export type PlanningState =
  | { status: 'idle' }
  | { status: 'planning' }
  | { status: 'optimising'; greedy: PlanFound }
  | { status: 'done'; result: PlanFound | NoPlan }
  | { status: 'failed'; message: string };

export interface TraineeSlice {
  mode: Mode;
  setMode: (mode: Mode) => void;
  planForm: PlanForm;
  updatePlanForm: (patch: Partial<PlanForm>) => void;
  planning: PlanningState;
  /** The trajectory being shaped: the planner's, then the trainee's adjustments. */
  trajectory: Trajectory | null;
  /** Hours no plan for this request can go below: how far from optimal an adjusted trajectory is. */
  lowerBound: number;
  plan: () => void;
  moveStep: (from: number, to: number) => void;
  removeStep: (index: number) => void;
  /** Removes a step and keeps the planner from choosing its module again. */
  excludeStep: (index: number) => void;
  addStep: (ref: ModuleRef) => void;
  replaceStep: (index: number, ref: ModuleRef, reasons: StepReason[]) => void;
  openTrajectory: (trajectory: Trajectory) => void;
}

export const initialPlanForm = (today = localIsoDate(new Date())): PlanForm => {
  const { asOf, targets, prior, electives, excluded, prefer, avoid } = emptyRequest(today);
  return {
    ...{ targets, prior, electives, excluded, prefer, avoid },
    source: 'network',
    program: null,
    start: asOf,
    hoursPerWeek: 16,
    maxHours: null,
  };
};

export const requestOf = (form: PlanForm, lang: Lang): PlanRequest => ({
  targets: form.targets,
  prior: form.prior,
  ...(form.source === 'programme' && form.program
    ? { program: form.program, entryEvidence: entryEvidence(form.program, lang) }
    : {}),
  electives: form.electives,
  excluded: form.excluded,
  prefer: form.prefer,
  avoid: form.avoid,
  asOf: form.start,
  ...(form.maxHours ? { maxHours: form.maxHours } : {}),
});

/** An adjusted trajectory keeps honest totals: its hours and how far they are from the proven bound. */
function withSteps(
  trajectory: Trajectory,
  steps: Trajectory['steps'],
  index: NetworkIndex | undefined,
  bound: number,
) {
  const totalHours =
    Math.round(steps.reduce((sum, s) => sum + (index ? stepHours(index, s) : 0), 0) * 100) / 100;
  // Only the planned hours are proven optimal; fewer means something required was taken out (the checks say
  // what), so no claim of optimality is made for it.
  const gap = totalHours > 0 ? Math.max(0, (totalHours - bound) / totalHours) : 0;
  return {
    ...trajectory,
    steps,
    totalHours,
    optimal: Math.abs(totalHours - bound) < 1e-9 ? (true as const) : Math.round(gap * 10000) / 10000,
  };
}

const planner = new PlannerClient();

export const createTraineeSlice: StateCreator<AppState, [], [], TraineeSlice> = (set, get) => {
  const editSteps = (change: (steps: Trajectory['steps']) => Trajectory['steps']) => {
    const { trajectory, network, lowerBound } = get();
    if (!trajectory) return;
    // A plan still being optimised would overwrite the trainee's change: their change wins.
    planner.cancel();
    const planning = get().planning;
    if (planning.status === 'optimising') set({ planning: { status: 'done', result: planning.greedy } });
    set({ trajectory: withSteps(trajectory, change([...trajectory.steps]), network?.index, lowerBound) });
  };
  return {
    mode: 'methodologist',
    setMode: (mode) => set({ mode }),
    planForm: initialPlanForm(),
    updatePlanForm: (patch) => set({ planForm: { ...get().planForm, ...patch } }),
    planning: { status: 'idle' },
    trajectory: null,
    lowerBound: 0,
    plan: () => {
      const network = get().network;
      if (!network) return;
      set({ planning: { status: 'planning' } });
      planner.plan(network, requestOf(get().planForm, get().lang), {
        onResult: (result) => {
          if (result.kind === 'unreachable') return set({ planning: { status: 'done', result } });
          set({
            trajectory: result.trajectory,
            lowerBound: result.lowerBound,
            planning:
              result.phase === 'greedy'
                ? { status: 'optimising', greedy: result }
                : { status: 'done', result },
          });
        },
        onFailed: (message) => set({ planning: { status: 'failed', message } }),
      });
    },
    moveStep: (from, to) =>
      editSteps((steps) => {
        const [step] = steps.splice(from, 1);
        steps.splice(to, 0, step!);
        return steps;
      }),
    removeStep: (index) => editSteps((steps) => steps.filter((_, i) => i !== index)),
    excludeStep: (index) => {
      const step = get().trajectory?.steps[index];
      if (!step) return;
      get().updatePlanForm({ excluded: [...get().planForm.excluded, step.module] });
      get().removeStep(index);
    },
    addStep: (ref) => editSteps((steps) => [...steps, { ...ref, reasons: [{ kind: 'chosen' }] }]),
    replaceStep: (index, ref, reasons) =>
      editSteps((steps) => steps.map((s, i) => (i === index ? { ...ref, reasons } : s))),
    openTrajectory: (trajectory) => {
      planner.cancel();
      set({
        trajectory,
        lowerBound:
          trajectory.optimal === true
            ? trajectory.totalHours
            : trajectory.totalHours * (1 - trajectory.optimal),
        planning: { status: 'idle' },
        planForm: {
          ...get().planForm,
          targets: trajectory.targetCompetencies,
          prior: trajectory.priorCompetencies,
          electives: trajectory.electives,
        },
      });
    },
  };
};
