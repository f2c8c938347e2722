import type { PluralForms } from '../lang';

export const catalogEn = {
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
};
export type CatalogMessages = typeof catalogEn;
