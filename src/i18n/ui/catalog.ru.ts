import type { CatalogMessages } from './catalog.en';

export const catalogRu: CatalogMessages = {
  region: 'Каталог модулей',
  count: { one: '# модуль', few: '# модуля', many: '# модулей', other: '# модуля' },
  partners: { one: '# партнёр', few: '# партнёра', many: '# партнёров', other: '# партнёра' },
  hours: (n) => `${n} ч`,
  develops: 'Формирует',
  requires: 'Требует',
  anyOf: 'одно из',
  retired: 'выведен',
  formats: {
    'in-person': 'очно',
    online: 'дистанционно',
    blended: 'смешанно',
    workplace: 'на рабочем месте',
  },
  assessments: {
    test: 'зачёт',
    project: 'проект',
    'demonstration-exam': 'демонстрационный экзамен',
    none: 'без аттестации',
  },
};
