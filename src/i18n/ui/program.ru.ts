import type { ProgramMessages } from './program.en';

export const programRu: ProgramMessages = {
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
  summary: 'Сводка по программе',
};
