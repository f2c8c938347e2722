import { COUNTS } from './counts';
import type { PluralForms } from './lang';

/** Every string the app shows. The Russian catalog must have the same shape: the compiler checks it. */
export const uiEn = {
  app: {
    title: 'Competency Constructor',
    tagline: 'Compose advanced vocational training programmes from the network’s competency modules',
    language: 'Language',
    languages: { en: 'English', ru: 'Русский' },
    loading: 'Loading the network…',
    loadFailed: 'The network could not be loaded.',
  },
  catalog: {
    region: 'Module catalog',
    count: { one: '# module', other: '# modules' } as PluralForms,
    partners: { one: '# partner', other: '# partners' } as PluralForms,
    hours: (n: string) => `${n} h`,
    develops: 'Develops',
    requires: 'Requires',
    anyOf: 'one of',
    retired: 'retired',
    formats: {
      'in-person': 'in person',
      online: 'online',
      blended: 'blended',
      workplace: 'at the workplace',
    } as Record<string, string>,
    assessments: {
      test: 'test',
      project: 'project',
      'demonstration-exam': 'demonstration exam',
      none: 'no assessment',
    } as Record<string, string>,
  },
  program: {
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
  },
  diagnostics: {
    region: 'Diagnostics',
    none: 'No problems found: the programme meets every rule.',
    summary: (errors: string, warnings: string) => `${errors}, ${warnings}`,
    ...COUNTS.en,
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<string, string>,
    fix: 'Suggested fix',
    where: 'Where',
    waived: (by: string, reason: string) => `Accepted by ${by}: ${reason}`,
  },
};
export type UiMessages = typeof uiEn;
