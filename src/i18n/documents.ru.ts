import type { DocumentMessages } from './documents.en';
import { createFormatter } from './format';
import { formatNumber, plural, type PluralForms } from './lang';
import { diagnosticMessage } from './render-diagnostic';

const num = (n: number) => formatNumber('ru', n);
const range = (min: number, max: number) => (min === max ? num(min) : `${num(min)}–${num(max)}`);
const count = (n: number, forms: PluralForms) => plural('ru', n, forms);
const quote = (text: string) => `«${text}»`;
/** A range agrees with its last number: "196–228 академических часов", "20–21 академический час". */
const academicHours = (min: number, max: number) =>
  `${range(min, max)} ${plural('ru', max, {
    one: 'академический час',
    few: 'академических часа',
    many: 'академических часов',
    other: 'академического часа',
  })}`;
const modules = (n: number, list: string) => (n === 1 ? `модулю ${list}` : `модулям ${list}`);

type Words = DocumentMessages['programme']['words'];

/** Слова, общие для программы и приложения к договору о сетевой форме. */
const words: Words = {
  notSpecified: 'не указано',
  quote,
  number: num,
  range,
  academicHours,
  percent: (min, max) => `${range(min, max)}\u00a0%`,
  list: (items) => items.join(', '),
  module: (title, id, version) => `${title} (${id}@${version})`,
  unknownModule: (id, version) => `${id}@${version} (нет в каталогах сети)`,
  elective: (title, choose, of) =>
    `Модули по выбору${title === undefined ? '' : ` ${quote(title)}`}: выбрать ${num(choose)} из ${num(of)}`,
  stage: (number, title) => `Этап ${number}. ${title}`,
  programmeTypes: {
    'advanced-training': 'Дополнительная профессиональная программа повышения квалификации',
    retraining: 'Дополнительная профессиональная программа профессиональной переподготовки',
    'vocational-training': 'Программа профессионального обучения',
  },
  partnerKinds: {
    college: 'профессиональная образовательная организация',
    university: 'образовательная организация высшего образования',
    school: 'общеобразовательная организация',
    employer: 'организация-работодатель',
    government: 'орган государственной власти',
    'methodological-centre': 'методический центр',
    other: 'иная организация',
  },
  formats: {
    'in-person': 'очно',
    online: 'дистанционно, с применением ДОТ',
    blended: 'очно с применением ДОТ',
    workplace: 'на рабочем месте',
  },
  assessments: {
    test: 'зачёт',
    project: 'защита проекта',
    'demonstration-exam': 'демонстрационный экзамен',
    none: 'не предусмотрена',
  },
  resourceTypes: { site: 'помещение, площадка', equipment: 'оборудование', staff: 'кадры' },
  hourKinds: {
    theory: 'Лекции',
    practice: 'Практические занятия',
    selfStudy: 'Самостоятельная работа',
    assessment: 'Аттестация',
  },
  roles: { base: 'базовая организация', participant: 'организация-участник' },
  capacity: (n) => count(n, { one: '# место', few: '# места', many: '# мест', other: '# места' }),
  quantity: (n) => `${num(n)} ед.`,
  electivesNote:
    'Часы, которые зависят от того, какие модули по выбору выберет слушатель, указаны диапазоном: первое ' +
    'число — если в каждой группе выбраны модули с наименьшей трудоёмкостью, второе — с наибольшей.',
  meta: {
    organisation: 'Организация',
    programme: 'Программа',
    programmeType: 'Вид программы',
    totalHours: 'Трудоёмкость',
    year: 'Год',
    digest: 'Контрольная сумма (SHA-256)',
  },
  columns: {
    number: '№ п/п',
    module: 'Наименование модулей',
    total: 'Всего, час',
    partner: 'Организация-участник',
    formOfAssessment: 'Форма контроля',
    modules: 'Модули',
    resource: 'Наименование',
    type: 'Вид',
    amount: 'Вместимость, количество',
    specialty: 'Специализация',
  },
  total: 'Итого',
};

const numbered = (number: string, heading: string) => `${number}. ${heading}`;

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

  programme: {
    words,
    numbered,
    headings: {
      characteristics: 'Общая характеристика программы',
      purpose: 'Цель реализации программы',
      outcomes: 'Планируемые результаты обучения',
      audience: 'Категория слушателей',
      entry: 'Требования к уровню подготовки',
      hours: 'Трудоёмкость обучения',
      form: 'Форма обучения',
      content: 'Содержание программы',
      curriculum: 'Учебный план',
      calendar: 'Календарный учебный график',
      workProgrammes: 'Рабочие программы модулей',
      conditions: 'Организационно-педагогические условия',
      sites: 'Материально-технические условия',
      staff: 'Кадровые условия',
      materials: 'Учебно-методическое и информационное обеспечение',
      assessment: 'Формы аттестации и оценочные материалы',
      moduleAssessments: 'Промежуточная аттестация по модулям',
      finalAssessment: 'Итоговая аттестация',
      demonstrationExams: 'Демонстрационный экзамен',
      validation: 'Результаты проверки',
      diagnostics: 'Ошибки и предупреждения',
      waivers: 'Принятые отступления',
    },
    columns: {
      code: 'Код',
      competency: 'Компетенция',
      level: 'Уровень квалификации',
      weeks: 'Недели обучения',
      hours: 'Всего, час',
      format: 'Форма реализации',
      materials: 'Учебно-методические материалы',
      address: 'Адрес',
      assessmentHours: 'Аттестация, час',
      severity: 'Вид замечания',
      message: 'Содержание замечания',
      where: 'Место',
      reason: 'Обоснование',
      by: 'Кем принято',
    },
    curriculum: {
      subtotal: (stage) => `Итого по этапу ${stage}`,
      finalAssessment: 'Итоговая аттестация',
      total: 'Всего по программе',
      electiveLines:
        'Строки с номерами вида 3.1.2 — модули, из которых слушатель выбирает в группе модулей по выбору 3.1: ' +
        'часы выбранных модулей учитываются в строке группы, а итоги по этапам складываются из строк с номерами ' +
        'вида 3.1.',
    },
    calendar: {
      note: (hoursPerWeek) =>
        `Недели отсчитываются от начала обучения при учебной нагрузке ${academicHours(hoursPerWeek, hoursPerWeek)} ` +
        'в неделю; модули осваиваются последовательно в порядке этапов, группа модулей по выбору занимает недели ' +
        'самого продолжительного варианта выбора.',
      weeks: range,
    },
    form: {
      contact: 'очная',
      distance: 'заочная с применением дистанционных образовательных технологий',
      mixed: 'очно-заочная с применением дистанционных образовательных технологий',
      byFormat: (format, n) =>
        `${format} — ${count(n, { one: '# модуль', few: '# модуля', many: '# модулей', other: '# модуля' })}`,
    },
    module: {
      heading: (numbers, title) => `Модуль ${numbers.join(', ')}. ${title}`,
      content: 'Содержание',
      partner: 'Организация-участник',
      format: 'Форма реализации',
      hours: 'Трудоёмкость',
      hoursBreakdown: (total, h) =>
        `${total}, в том числе лекции — ${h.theory}, практические занятия — ${h.practice}, ` +
        `самостоятельная работа — ${h.selfStudy}, аттестация — ${h.assessment}`,
      assessment: 'Форма контроля',
      outcomes: 'Планируемые результаты обучения',
      prerequisites: 'Входные требования',
      noPrerequisites: 'не предъявляются',
      anyOf: (items) => `любая из компетенций: ${items.join('; ')}`,
      notInNetwork:
        'Модуль отсутствует в каталогах сети: содержание, трудоёмкость и организация-участник не указаны.',
    },
    materials: {
      online: (list, n) =>
        `${n === 1 ? 'Модуль, реализуемый' : 'Модули, реализуемые'} с применением дистанционных ` +
        `образовательных технологий: ${list}.`,
      noOnline: 'Модули с применением дистанционных образовательных технологий не предусмотрены.',
    },
    finalAssessment: (form) => `Форма итоговой аттестации: ${form}.`,
    demonstrationExam: {
      module: (module, partner) => `${module} — ${partner}`,
      final: 'Итоговая аттестация в форме демонстрационного экзамена',
      none: 'Демонстрационный экзамен не предусмотрен.',
    },
    validation: {
      severities: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
      waived: (severity) => `${severity} (отступление принято)`,
      summary: ({ errors, warnings, infos, waived }) =>
        [
          count(errors, { one: '# ошибка', few: '# ошибки', many: '# ошибок', other: '# ошибки' }),
          count(warnings, {
            one: '# предупреждение',
            few: '# предупреждения',
            many: '# предупреждений',
            other: '# предупреждения',
          }),
          ...(infos > 0
            ? [
                count(infos, {
                  one: '# информационное сообщение',
                  few: '# информационных сообщения',
                  many: '# информационных сообщений',
                  other: '# информационного сообщения',
                }),
              ]
            : []),
          ...(waived > 0 ? [`принятых отступлений: ${num(waived)}`] : []),
        ].join(', ') + '.',
      clean: 'Ошибок и предупреждений нет.',
      noWaivers: 'Отступлений нет.',
      message: (d, index) => diagnosticMessage(d, createFormatter('ru', index)),
      where: {
        programme: 'программа в целом',
        curriculum: 'учебный план',
        item: (number) => `учебный план, строка ${number}`,
        stage: (number) => `этап ${number}`,
        target: (n) => `планируемые результаты обучения, п. ${num(n)}`,
        entry: (n) => `требования к уровню подготовки, п. ${num(n)}`,
        finalAssessment: 'итоговая аттестация',
        waiver: (n) => `отступление ${num(n)}`,
      },
    },
  },

  /** The curriculum as CSV (src/io/documents/curriculum-csv.ts): the column naming each line's stage. */
  curriculumCsv: { stageColumn: 'Этап' },

  annex: {
    words,
    numbered,
    title: 'Приложение к договору о сетевой форме реализации программы',
    subtitle: (programmeType, title) => `${programmeType} ${quote(title)}`,
    meta: { baseOrganisation: 'Базовая организация' },
    headings: {
      modules: 'Модули и учебная нагрузка',
      resources: 'Ресурсы',
      responsibilities: 'Обязанности',
      distribution: 'Распределение учебной нагрузки между организациями',
    },
    facts: { kind: 'Тип организации', role: 'Роль в сети', city: 'Населённый пункт' },
    columns: { share: 'Доля в общем объёме', organisation: 'Организация', role: 'Роль' },
    mandatory: 'Обязательные модули',
    electives: 'Модули по выбору (реализуются, если их выбрал слушатель)',
    noModules: 'Модули программы не реализует.',
    share: (percent, hours, total) =>
      `Доля обязательных модулей в общем объёме программы: ${percent} (${hours} из ${total} ч).`,
    electiveShare: (hours) => `Модули по выбору, если их выберет слушатель: дополнительно до ${hours} ч.`,
    electiveGroup: (group, partners) => `${group} (${partners})`,
    inGroup: (group, choose, of) => `по выбору, группа ${group} (выбрать ${num(choose)} из ${num(of)})`,
    responsibilities: {
      base:
        'организация реализации программы в целом (базовая организация): приём слушателей, учёт результатов ' +
        'обучения, выдача документов об обучении',
      finalAssessment: (form) => `проведение итоговой аттестации (${form})`,
      classes: (list, n) => `проведение учебных занятий по ${modules(n, list)}`,
      workplace: (list, n) => `организация обучения на рабочем месте по ${modules(n, list)}`,
      sites: (names) => `предоставление помещений и площадок: ${names.join('; ')}`,
      equipment: (names) => `предоставление оборудования: ${names.join('; ')}`,
      staff: (names) => `предоставление педагогических работников и специалистов: ${names.join('; ')}`,
      assessment: (list, n) => `проведение промежуточной аттестации по ${modules(n, list)}`,
      demonstrationExams: (list, n) => `проведение демонстрационного экзамена по ${modules(n, list)}`,
      expertReview: 'методическое сопровождение и экспертиза программы',
    },
  },
};
