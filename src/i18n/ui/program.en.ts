import type { PluralForms } from '../lang';

export const programEn = {
  region: 'Programme',
  open: 'Open programme',
  type: {
    'advanced-training': 'Advanced training',
    retraining: 'Professional retraining',
    'vocational-training': 'Vocational training',
  } as Record<string, string>,
  totalHours: 'Total hours',
  hoursRange: (min: string, max: string) => (min === max ? `${min} h` : `${min}–${max} h`),
  bounds: (min?: string, max?: string) =>
    min && max
      ? `allowed ${min}–${max} h`
      : min
        ? `at least ${min} h`
        : max
          ? `at most ${max} h`
          : 'no legal bounds',
  targets: 'Target competencies',
  covered: (n: number, of: number) => `${n} of ${of} covered`,
  entry: 'Entry requirements',
  none: 'none',
  stage: 'Stage',
  elective: (k: number, n: number) => `Choose ${k} of ${n}`,
  finalAssessment: 'Final assessment',
  notSpecified: 'not specified',
  unknownModule: (id: string) => `Unknown module ${id}`,
  problems: { one: '# problem', other: '# problems' } as PluralForms,
  summary: 'Programme summary',
};
export type ProgramMessages = typeof programEn;
