import type { DiagnosticMessages, FixMessages, LeftOutMessage, Vocabulary } from './diagnostics.en';
import type { DiagnosticParams } from '../domain/diagnostics';
import type { Formatter } from './format';
import { ioReason } from './io-reasons';
import { plural } from './lang';
import { PATTERN_NAMES } from '../domain/model/patterns';

/**
 * Why a reference may resolve to nothing: its entry was refused by its catalog's schema, or its file did not
 * load. `subject` and `absent` are the thing named in the nominative and the genitive.
 */
const gapRu = (subject: string, absent: string, detail: string | undefined, files: string[]) =>
  detail === 'refused'
    ? `${subject}: описание в файле ${files[0]} не проходит проверку схемы и пропущено. Исправьте его там и проверьте снова.`
    : `${absent} нет в загруженной части сети: не удалось загрузить ${files.join(', ')}, описание может быть там. Сначала исправьте ${files.length > 1 ? 'эти файлы' : 'этот файл'}.`;

export const vocabularyRu: Vocabulary = {
  what: {
    partner: 'партнёр',
    competency: 'компетенция',
    module: 'модуль',
    resource: 'ресурс',
    stage: 'этап',
    elective: 'группа по выбору',
  },
  context: {
    target: 'целевая компетенция',
    entry: 'входное требование',
    outcome: 'результат модуля',
    prerequisite: 'пререквизит модуля',
    prior: 'ранее освоенная компетенция',
    step: 'шаг',
  },
  programType: {
    'advanced-training': 'повышение квалификации',
    retraining: 'профессиональная переподготовка',
    'vocational-training': 'профессиональное обучение',
  },
  assessment: {
    test: 'зачёт (тестирование)',
    project: 'защита проекта',
    'demonstration-exam': 'демонстрационный экзамен',
    none: 'нет',
  },
};

const hours = (f: Formatter, n: number | undefined) =>
  plural('ru', n ?? 0, { one: '# час', few: '# часа', many: '# часов', other: '# часа' });

/** What a JSON parser stumbled on (load.ts's syntaxReason), as a reader would look for it. */
const SYNTAX_RU: Record<string, (token?: string) => string> = {
  'ends-early': () => 'текст обрывается посреди значения (не хватает закрывающей скобки или кавычки?)',
  'property-name': () => 'здесь ожидалось имя свойства в двойных кавычках или «}»',
  trailing: () => 'после конца JSON-значения есть лишний текст',
  'control-character': () =>
    'в строке есть управляющий символ (перевод строки записывается как \\n, табуляция — как \\t)',
  'bad-escape': () => 'в строке недопустимая последовательность после «\\»',
  'unterminated-string': () => 'строка не закрыта двойной кавычкой',
  colon: () => 'после имени свойства ожидалось «:»',
  'comma-object': () => 'после значения свойства ожидалось «,» или «}»',
  'comma-array': () => 'после элемента массива ожидалось «,» или «]»',
  number: () => 'число записано с ошибкой',
  string: () => 'строка стоит там, где её не может быть (не хватает запятой или двоеточия перед ней?)',
  token: (token = '') => `неожиданный символ ${token.length > 1 ? token : `«${token}»`}`,
};

const parseDetail = (p: DiagnosticParams, f: Formatter): string => {
  switch (p.detail) {
    case 'too-large':
      return (p.total ?? 0) > (p.limit ?? 0) + 1
        ? `Файл занимает ${f.num((p.total ?? 0) / 1048576)} МБ, больше допустимых ${f.num((p.limit ?? 0) / 1048576)} МБ.`
        : `Файл больше допустимых ${f.num((p.limit ?? 0) / 1048576)} МБ.`;
    case 'too-deep':
      return `Вложенность JSON больше ${p.limit} уровней; настоящим файлам хватает десяти.`;
    case 'forbidden-key':
      return `Ключ «${p.kind}» запрещён во всех файлах (он может изменить прототипы объектов); переименуйте или удалите его.`;
    case 'lone-surrogate':
      return 'В этом тексте половина символа (одиночная суррогатная последовательность \\u, например \\ud800), которую не покажет ни один документ: удалите её или запишите символ целиком.';
    case 'not UTF-8 text':
      return 'Файл не в кодировке UTF-8. Сохраните его как JSON в UTF-8.';
    case 'unreadable':
      return `Не удалось прочитать файл: ${ioReason('ru', p.kind)}.`;
    default:
      return `Это не корректный JSON${p.line ? ` (строка ${p.line}, столбец ${p.column})` : ''}: ${SYNTAX_RU[p.kind ?? '']?.(p.expected) ?? p.detail}.`;
  }
};

const JSON_TYPES_RU: Record<string, string> = {
  string: 'строкой',
  number: 'числом',
  integer: 'целым числом',
  boolean: 'логическим значением (true или false)',
  object: 'объектом',
  array: 'списком (массивом)',
  null: 'null',
};
const characters = { one: '# символа', few: '# символов', many: '# символов', other: '# символа' };
const elements = { one: '# элемента', few: '# элементов', many: '# элементов', other: '# элемента' };
const fields = { one: '# поля', few: '# полей', many: '# полей', other: '# поля' };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const PATTERN_RU: Record<(typeof PATTERN_NAMES)[string], string> = {
  id: 'идентификатором: строчные латинские буквы, цифры, «.», «_» или «-», в начале буква или цифра (не длиннее 128)',
  language: 'кодом языка, например «en», «ru» или «en-GB»',
  version: 'номером версии вида 1.0.0',
  date: 'датой в виде ГГГГ-ММ-ДД',
};

/** A schema problem in Russian from its keyword's facts; undefined where only ajv's English detail says it. */
function schemaRu(p: DiagnosticParams, f: Formatter): string | undefined {
  const n = p.limit ?? 0;
  switch (p.keyword) {
    case 'schemaVersion':
      return 'schemaVersion должна быть неотрицательным целым числом.';
    case 'additionalProperties':
      if (!p.kind) return undefined;
      return p.expected
        ? `Лишнее поле «${p.kind}»: в схеме такого нет. Возможно, имелось в виду «${p.expected}».`
        : `Лишнее поле «${p.kind}»: в схеме такого нет.`;
    case 'required':
      if (!p.kind) return undefined;
      return (p.count ?? 1) > 1
        ? `Нет обязательных полей «${p.kind.split(', ').join('», «')}».`
        : `Нет обязательного поля «${p.kind}».`;
    case 'enum':
      return p.expected ? `Значение должно быть одним из: ${p.expected}.` : undefined;
    case 'const':
      return p.expected ? `Значение должно быть ${p.expected}.` : undefined;
    case 'type':
      return p.expected
        ? `Значение должно быть ${p.expected
            .split(',')
            .map((t) => JSON_TYPES_RU[t] ?? t)
            .join(' или ')}.`
        : undefined;
    case 'pattern':
      if (!p.expected) return undefined;
      return PATTERN_NAMES[p.expected]
        ? `Значение должно быть ${PATTERN_RU[PATTERN_NAMES[p.expected]!]}.`
        : `Значение не соответствует формату ${p.expected}.`;
    case 'minimum':
      return `Значение должно быть не меньше ${f.num(n)}.`;
    case 'maximum':
      return `Значение должно быть не больше ${f.num(n)}.`;
    case 'minLength':
      return `Строка должна быть не короче ${plural(f.lang, n, characters)}.`;
    case 'maxLength':
      return `Строка должна быть не длиннее ${plural(f.lang, n, characters)}.`;
    case 'minItems':
      return `В списке должно быть не меньше ${plural(f.lang, n, elements)}.`;
    case 'maxItems':
      return `В списке должно быть не больше ${plural(f.lang, n, elements)}.`;
    case 'minProperties':
      return `В объекте должно быть не меньше ${plural(f.lang, n, fields)}.`;
    case 'maxProperties':
      return `В объекте должно быть не больше ${plural(f.lang, n, fields)}.`;
    case 'propertyNames':
      if (!p.kind) return undefined;
      if (p.expected && PATTERN_NAMES[p.expected])
        return `Имя поля «${p.kind}» здесь недопустимо: оно должно быть ${PATTERN_RU[PATTERN_NAMES[p.expected]!]}.`;
      return p.expected
        ? `Имя поля «${p.kind}» здесь недопустимо: ожидается ${p.expected}.`
        : `Имя поля «${p.kind}» здесь недопустимо.`;
    default:
      return undefined;
  }
}

const LEFT_OUT_RU = { partner: 'Этот партнёр', competency: 'Эта компетенция', module: 'Этот модуль' };
const LEFT_OUT_VERB_RU = { partner: 'исключён', competency: 'исключена', module: 'исключён' };

/** Said after a network catalog's schema problem: what the network goes without until it is fixed. */
export const leftOutRu: LeftOutMessage = (what, id) =>
  `${LEFT_OUT_RU[what]}${id ? ` (${id})` : ''} ${LEFT_OUT_VERB_RU[what]} из сети, пока ошибка не исправлена.`;

export const diagnosticsRu: DiagnosticMessages = {
  'json.parse': parseDetail,
  schema: (p, f) => {
    if (p.keyword === 'kind' && p.kind === 'case')
      return 'Это рамка компетенций CASE, а не файл приложения: импортируйте её в редакторе (кнопка «Импорт») — её элементы станут компетенциями каталога.';
    if (p.keyword === 'kind')
      return p.kind
        ? `Это файл вида «${p.kind}», а ожидался файл вида ${p.expected}.`
        : `В файле нет корректного поля «kind»; ожидается одно из: ${p.expected}.`;
    if (p.keyword === 'date') return `Даты ${p.date} в календаре нет.`;
    if (p.keyword === 'sum')
      return `В totalHours указано ${hours(f, p.found)}, а шаги в сумме дают ${hours(f, p.total)}.`;
    if (p.keyword === 'order')
      return p.detail === 'max'
        ? `Максимум (${hours(f, p.max)}) меньше минимума (${hours(f, p.min)}${p.kind === 'default' ? ', установленного законом для этого вида программ, пока сеть не задала свой' : ''}): ни одна программа не уложится в оба.`
        : p.detail === 'end'
          ? `Шаг заканчивается ${p.validUntil}, раньше, чем начинается (${p.validFrom}).`
          : `Модуль действует до ${p.validUntil}, раньше даты начала действия ${p.validFrom}: он не действует никогда.`;
    if (p.keyword === 'limit')
      return `Ещё ${plural(f.lang, p.count ?? 0, { one: '# несоответствие', few: '# несоответствия', many: '# несоответствий', other: '# несоответствия' })} схеме не показано.`;
    if (p.detail === 'not-an-object')
      return 'Файл должен быть JSON-объектом с полями «kind» и «schemaVersion».';
    if (p.detail === 'not-case') return 'Это и не рамка компетенций CASE: в файле нет CFDocument и CFItems.';
    if (p.detail === 'no-case-item')
      return `Нечего импортировать: ни у одного из ${plural(f.lang, p.count ?? 0, { one: '# элемента', few: '# элементов', many: '# элементов', other: '# элементов' })} нет одновременно идентификатора и формулировки.`;
    if (p.keyword === 'anyOf' && p.alternatives?.length)
      return `Значение не подходит ни под один вариант: ${p.alternatives.map((a) => lowerFirst(schemaRu(a, f) ?? a.detail ?? '').replace(/\.$/, '')).join('; или ')}.`;
    return schemaRu(p, f) ?? `Не соответствует схеме (${p.keyword}): ${p.detail}.`;
  },
  'version.unsupported': (p) =>
    p.detail === 'no-migration'
      ? `schemaVersion ${p.found} слишком старая: нет перехода от неё к версии ${p.supported}.`
      : `schemaVersion ${p.found} новее, чем поддерживает приложение (до ${p.supported}). Обновите приложение, чтобы открыть файл.`,
  'id.duplicate': (p) =>
    p.context
      ? `Компетенция «${p.detail}» (${vocabularyRu.context[p.context]}) указана дважды; достаточно одного раза.`
      : `Идентификатор «${p.detail}» уже занят (${vocabularyRu.what[p.what ?? 'module']}). Идентификаторы должны быть уникальны.`,
  'ref.unknown-module': (p) =>
    p.catalogs
      ? gapRu(
          `Модуль «${p.module?.id}»${p.detail === 'refused' ? ` версии ${p.version}` : ''}`,
          `Модуля «${p.module?.id}»`,
          p.detail,
          p.catalogs,
        )
      : p.versions?.length
        ? `У модуля ${p.module?.id} нет версии ${p.version}; в сети есть ${p.versions.join(', ')}.`
        : `В сети нет модуля «${p.module?.id}».`,
  'ref.unknown-competency': (p) => {
    const context = vocabularyRu.context[p.context ?? 'target'];
    return p.catalogs
      ? gapRu(
          `Компетенция «${p.competency?.id}» (${context})`,
          `Компетенции «${p.competency?.id}» (${context})`,
          p.detail,
          p.catalogs,
        )
      : `«${p.competency?.id}» (${context}) — такой компетенции в сети нет.`;
  },
  'ref.unknown-partner': (p) => {
    const who = p.kind === 'base' ? 'Базовой организации' : 'Партнёра';
    return p.catalogs
      ? gapRu(
          `${p.kind === 'base' ? 'Базовая организация' : 'Партнёр'} «${p.partner?.id}»`,
          `${who} «${p.partner?.id}»`,
          p.detail,
          p.catalogs,
        )
      : p.kind === 'base'
        ? `Базовая организация «${p.partner?.id}» (basePartnerId) не входит в число партнёров в каталогах сети.`
        : `В сети нет партнёра «${p.partner?.id}», который реализует этот модуль.`;
  },
  'ref.unknown-resource': (p) =>
    p.catalogs
      ? gapRu(`Ресурс «${p.resource?.id}»`, `Ресурса «${p.resource?.id}»`, p.detail, p.catalogs)
      : `Ни один партнёр сети не предоставляет ресурс «${p.resource?.id}».`,
  'ref.unknown-catalog': (p) => `Не удалось прочитать каталог «${p.detail}»: ${ioReason('ru', p.kind)}.`,
  'prereq.unmet': (p, f) =>
    p.electiveOnly
      ? `Модулю ${f.name(p.module)} нужна компетенция ${f.list(p.competencies, 'or')}, которую дают лишь некоторые варианты выбора в предыдущей группе по выбору.`
      : `Модулю ${f.name(p.module)} нужна компетенция ${f.list(p.competencies, 'or')}, которую не даёт ни один предыдущий модуль и нет во входных требованиях.`,
  'prereq.order': (p, f) =>
    `Модулю ${f.name(p.module)} нужна компетенция ${f.list(p.competencies, 'or')}, а модуль ${f.name(p.provider)}, который её формирует, стоит в ${p.trajectory ? 'траектории' : 'программе'} позже.`,
  'prereq.cycle': (p, f) =>
    `Модули ${f.list(p.modules)} доступны только друг через друга (через ${f.list(p.competencies)}).`,
  'coverage.missing': (p, f) =>
    p.electiveOnly
      ? `Целевую компетенцию ${f.name(p.competency)} формируют лишь некоторые варианты выбора в группе по выбору.`
      : `Ни один модуль ${p.trajectory ? 'траектории' : 'программы'} не формирует целевую компетенцию ${f.name(p.competency)}${p.provider ? '' : p.catalogs ? `, и в загруженной части сети такого модуля нет (не удалось полностью загрузить: ${p.catalogs.join(', ')})` : ', и в сети такого модуля нет'}.`,
  'module.duplicate': (p, f) =>
    `Модуль ${f.name(p.module)} уже есть в ${p.trajectory ? 'траектории' : 'программе'} (${p.detail}).`,
  'module.unused': (p, f) =>
    `Модуль ${f.name(p.module)} не формирует ни целевых компетенций, ни того, что нужно следующим модулям.`,
  'hours.below-minimum': (p, f) =>
    `${p.electiveOnly ? 'При самом лёгком выборе модулей по выбору в программе' : 'В программе'} ${hours(f, p.total)} — меньше минимума в ${hours(f, p.min)} для вида «${vocabularyRu.programType[p.kind ?? ''] ?? p.kind}».`,
  'hours.above-maximum': (p, f) =>
    `${p.electiveOnly ? 'При самом тяжёлом выборе модулей по выбору в программе' : 'Программа может достигать'} ${hours(f, p.total)} — больше максимума в ${hours(f, p.max)} для вида «${vocabularyRu.programType[p.kind ?? ''] ?? p.kind}».`,
  'elective.unsatisfiable': (p, f) =>
    `В группе по выбору нужно выбрать ${f.num(p.choose)}, но доступно только ${plural('ru', p.usable ?? 0, { one: '# модуль', few: '# модуля', many: '# модулей', other: '# модуля' })}.`,
  'assessment.missing-final': () => 'В программе не указана итоговая аттестация.',
  'module.retired': (p, f) =>
    `Модуль ${f.name(p.module)} не действует на ${p.date}${p.validUntil && p.validUntil < (p.date ?? '') ? ` (выведен из обращения после ${p.validUntil})` : p.validFrom ? ` (действует с ${p.validFrom})` : ''}.`,
  'waiver.unused': (p) =>
    p.kind === 'error'
      ? `Исключение для «${p.detail}» относится к ошибке, а ошибки исключать нельзя: исправьте проблему, затем удалите исключение.`
      : `Исключение для «${p.detail}» больше ни к чему не относится; удалите его.`,
};

export const fixesRu: FixMessages = {
  'add-module': (e, f) => `Добавить модуль ${f.module(e.module)}`,
  'remove-item': () => 'Убрать из программы',
  'move-item': (e, f) => (e.after ? `Переставить после модуля ${f.module(e.after)}` : 'Переставить модуль'),
  'set-version': (e) => `Взять версию ${e.version}`,
  'replace-module': (e, f) => `Заменить на ${f.module(e.module)}`,
  'set-choose': (e) => `Выбирать ${e.choose}`,
  'set-final-assessment': (e) => `Добавить итоговую аттестацию: ${vocabularyRu.assessment[e.kind]}`,
  'add-entry-requirement': (e, f) => `Требовать ${f.competency(e.competency)} при поступлении`,
  'remove-target': (e) => `Убрать целевую компетенцию «${e.competency}»`,
  'remove-entry-requirement': (e) => `Убрать входное требование «${e.competency}»`,
  'set-group-title': () => 'Переименовать группу по выбору',
  ungroup: () => 'Расформировать группу по выбору',
  'add-target': (e, f) => `Добавить целевую компетенцию ${f.competency(e.competency)}`,
  'add-stage': () => 'Добавить этап',
  'rename-stage': () => 'Переименовать этап',
  'move-stage': () => 'Переставить этап',
  'remove-stage': () => 'Удалить этап',
  'set-stage-id': (e) => `Дать этапу идентификатор «${e.stageId}»`,
  'set-text': (e) =>
    `Изменить ${{ title: 'название', purpose: 'цель', audience: 'категорию слушателей' }[e.field]}`,
  'set-program-type': (e) => `Сменить вид на «${vocabularyRu.programType[e.programType]}»`,
};
