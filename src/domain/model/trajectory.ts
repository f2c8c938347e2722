import { z } from 'zod';
import { envelope, Id, IsoDate, ModuleRef, SemVer, Waiver } from './primitives';

export const PriorCompetency = z.strictObject({ competency: Id, evidence: z.string().min(1) });
export type PriorCompetency = z.infer<typeof PriorCompetency>;

/** Why a step is in the trajectory, as data so each reader can phrase it in its own language. */
export const StepReason = z.union([
  z.strictObject({ kind: z.literal('target'), competency: Id }),
  z.strictObject({ kind: z.literal('prerequisite'), competency: Id, for: Id }),
  z.strictObject({ kind: z.literal('elective'), group: Id.optional() }),
  /** A mandatory module of the programme the trajectory was planned from. */
  z.strictObject({ kind: z.literal('programme'), stage: Id }),
  z.strictObject({ kind: z.literal('chosen'), note: z.string().optional() }),
]);
export type StepReason = z.infer<typeof StepReason>;

export const TrajectoryStep = z.strictObject({
  module: Id,
  version: SemVer,
  start: IsoDate.optional(),
  end: IsoDate.optional(),
  reasons: z.array(StepReason).default([]),
});
export type TrajectoryStep = z.infer<typeof TrajectoryStep>;

export const Trajectory = z.strictObject({
  ...envelope('trajectory'),
  id: Id.optional(),
  programId: Id.nullable().default(null),
  trainee: z.strictObject({ alias: z.string().min(1) }).optional(),
  targetCompetencies: z.array(Id).min(1),
  priorCompetencies: z.array(PriorCompetency).default([]),
  electives: z.array(ModuleRef).default([]),
  steps: z.array(TrajectoryStep).default([]),
  totalHours: z.number().min(0),
  /** true when the planner proved the plan optimal; otherwise the proven bound on the relative gap. */
  optimal: z.union([z.literal(true), z.number().min(0)]),
  waivers: z.array(Waiver).default([]),
});
export type Trajectory = z.infer<typeof Trajectory>;
