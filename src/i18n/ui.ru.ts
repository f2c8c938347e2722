import { COUNTS } from './counts';
import type { UiMessages } from './ui.en';

export const uiRu: UiMessages = {
  app: {
    title: 'Конструктор компетенций',
    tagline: 'Программы дополнительного профессионального образования из модулей сети партнёров',
    language: 'Язык',
    languages: { en: 'English', ru: 'Русский' },
    loading: 'Загрузка сети…',
    loadFailed: 'Не удалось загрузить сеть.',
  },
  catalog: {
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
  },
  program: {
    region: 'Программа',
    open: 'Открыть программу',
    type: {
      'advanced-training': 'Повышение квалификации',
      retraining: 'Профессиональная переподготовка',
      'vocational-training': 'Профессиональное обучение',
    },
    totalHours: 'Трудоёмкость',
    hoursRange: (min, max) => (min === max ? `${min} ч` : `${min}–${max} ч`),
    bounds: (min, max) =>
      min && max
        ? `допустимо ${min}–${max} ч`
        : min
          ? `не менее ${min} ч`
          : max
            ? `не более ${max} ч`
            : 'без нормативных границ',
    targets: 'Целевые компетенции',
    covered: (n, of) => `сформировано ${n} из ${of}`,
    entry: 'Входные требования',
    none: 'нет',
    stage: 'Этап',
    elective: (k, n) => `Выбрать ${k} из ${n}`,
    finalAssessment: 'Итоговая аттестация',
    notSpecified: 'не указано',
    unknownModule: (id) => `Неизвестный модуль ${id}`,
    problems: { one: '# замечание', few: '# замечания', many: '# замечаний', other: '# замечания' },
  },
  diagnostics: {
    region: 'Замечания',
    none: 'Замечаний нет: программа соответствует всем правилам.',
    summary: (errors, warnings) => `${errors}, ${warnings}`,
    ...COUNTS.ru,
    severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' },
    fix: 'Исправление',
    where: 'Где',
    waived: (by, reason) => `Принято (${by}): ${reason}`,
  },
};
