import type { DocumentMessages } from './documents.en';
import { formatNumber, plural } from './lang';

export const documentsRu: DocumentMessages = {
  trajectory: {
    title: 'Индивидуальная образовательная траектория',
    meta: {
      trainee: 'Слушатель',
      programme: 'Программа',
      start: 'Начало обучения',
      end: 'Окончание обучения',
      totalHours: 'Трудоёмкость',
      optimality: 'Оптимальность',
    },
    plannedFromNetwork: 'составлена из модулей сети',
    optimal: 'доказана',
    withinOfOptimal: (percent) => `в пределах ${formatNumber('ru', percent)}\u00a0% от оптимума`,
    notSpecified: 'не указано',
    sections: {
      targets: 'Целевые компетенции',
      prior: 'Признанные результаты предшествующего обучения',
      steps: 'Последовательность освоения модулей',
    },
    columns: {
      order: '№ п/п',
      module: 'Модуль',
      partner: 'Организация-участник',
      hours: 'Всего, час',
      dates: 'Сроки',
      reasons: 'Основание',
      code: 'Код',
      competency: 'Компетенция',
      evidence: 'Подтверждение',
    },
    total: 'Итого',
    reasons: {
      target: (competency) => `формирует целевую компетенцию ${competency}`,
      prerequisite: (module, competency) =>
        `формирует компетенцию ${competency}, необходимую для модуля ${module}`,
      elective: 'модуль по выбору',
      chosen: (note) => (note ? `выбран слушателем: ${note}` : 'выбран слушателем'),
      programme: (stage) => `обязателен по программе (этап ${stage})`,
    },
    quote: (text) => `«${text}»`,
    hours: (n) => plural('ru', n, { one: '# час', few: '# часа', many: '# часов', other: '# часа' }),
    number: (n) => formatNumber('ru', n),
    dateRange: (start, end) => `${start} — ${end}`,
  },
};
