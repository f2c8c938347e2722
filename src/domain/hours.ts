import type { Hours, Module, TrajectoryStep } from './model';
import { resolveModule, type NetworkIndex } from './network-index';

export const HOUR_KINDS = [
  'theory',
  'practice',
  'selfStudy',
  'assessment',
] as const satisfies readonly (keyof Hours)[];

export const moduleHours = (m: Pick<Module, 'hours'>): number =>
  m.hours.theory + m.hours.practice + m.hours.selfStudy + m.hours.assessment;

export const ZERO_HOURS: Hours = { theory: 0, practice: 0, selfStudy: 0, assessment: 0 };

export const addHours = (a: Hours, b: Hours): Hours => ({
  theory: a.theory + b.theory,
  practice: a.practice + b.practice,
  selfStudy: a.selfStudy + b.selfStudy,
  assessment: a.assessment + b.assessment,
});

/** A module the network does not know takes no time: the validator reports it, a schedule need not stop at it. */
export function stepHours(index: NetworkIndex, step: Pick<TrajectoryStep, 'module' | 'version'>): number {
  const m = resolveModule(index, step.module, step.version);
  return m ? moduleHours(m) : 0;
}
