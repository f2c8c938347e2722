import { formatNumber, plural, type PluralForms } from './lang';
import type { PlannerMessages } from './planner.en';

const hours: PluralForms = { one: '# час', few: '# часа', many: '# часов', other: '# часа' };
const modules: PluralForms = { one: '# модуль', few: '# модуля', many: '# модулей', other: '# модуля' };
const h = (n: number) => plural('ru', n, hours);
const num = (n: number) => formatNumber('ru', n);

export const plannerRu: PlannerMessages = {
  status: {
    optimal: (total) => `Оптимальный план: ${h(total)}`,
    within: (percent, total) => `В пределах ${num(percent)}\u00a0% от оптимума: ${h(total)}`,
    overLimit: (maxHours) => `, а допустимо не более ${num(maxHours)}`,
    shortestOverLimit: (total, maxHours) =>
      `Самый короткий план занимает ${h(total)}, а допустимо не более ${num(maxHours)}`,
    searching: 'идёт поиск оптимума…',
    timeLimit: 'время поиска истекло',
  },
  noPlan: {
    unreachable: (competency, why) => `Компетенция ${competency} недостижима: ${why}.`,
    unreachableOnly: (competency) => `Компетенция ${competency} недостижима.`,
    unknownCompetency: 'в сети нет компетенции с таким идентификатором',
    noProvider: 'ни один модуль сети её не формирует',
    circle: (competency, others, steps) =>
      `Компетенция ${competency} недостижима: её и ${others} можно освоить только друг через друга (${steps}).`,
    selfCircle: (competency, steps) =>
      `Компетенция ${competency} недостижима: каждый модуль, который её формирует, сам требует её (${steps}).`,
    module: (name) => `модуль ${name}`,
    it: 'он',
    needs: (subject, competencies, count) =>
      count === 1
        ? `${subject} требует компетенцию ${competencies}`
        : `${subject} требует одну из компетенций ${competencies}`,
    unreachableNote: (count) => (count === 1 ? ' (она недостижима)' : ' (ни одна не достижима)'),
    cannotBeTaken: (subject) => `${subject} недоступен`,
    excluded: (subject) => `${subject} исключён`,
    retired: (subject, until) => `${subject} больше не действует (действовал до ${until})`,
    notYet: (subject, from) => `${subject} ещё не действует (действует с ${from})`,
    validBetween: (subject, from, until) =>
      `${subject} не действует на дату начала обучения (действует с ${from} по ${until})`,
    notOnStartDate: (subject) => `${subject} не действует на дату начала обучения`,
    notInProgramme: (subject) => `${subject} не входит в программу`,
    blockedModule: (module, why) => `Модуль ${module} обязателен, но пройти его нельзя: ${why}.`,
    group: (stage, group, choose, takeable) =>
      `Этап ${stage}: в группе по выбору${group ? ` ${group}` : ''} нужно выбрать ${plural('ru', choose, modules)}, а пройти ${
        takeable === 0 ? 'нельзя ни одного' : `можно только ${num(takeable)}`
      }.`,
    missingElective: (module) => `Модуль ${module} выбран, но недоступен на дату начала обучения.`,
    truncated: 'Остальные причины не приводятся.',
    or: 'или',
    and: 'и',
    date: (iso) => iso.split('-').reverse().join('.'),
  },
};
