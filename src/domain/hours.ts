import type { Hours, Module } from './model';

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
