import { COUNTS } from '../i18n/counts';
import { ioReason } from '../i18n/io-reasons';
import { formatNumber, type Lang, type PluralForms } from '../i18n/lang';
import type { UnreadableReason } from '../io/review-package';

// The details of an invalid manifest (MANIFEST_NOT_JSON and MANIFEST_UNKNOWN_FIELD in io/review-package, which
// validate does not load), else the field that is wrong.
const MANIFEST_NOT_JSON = 'not-json';
const MANIFEST_UNKNOWN_FIELD = 'unknown-field';
const PROGRAMME_PATH = 'programme.json';

interface CliMessages {
  ok: string;
  fix: string;
  in: string;
  waivedBy: string;
  severity: { error: string; warning: string; info: string; waived: string };
  errors: PluralForms;
  warnings: PluralForms;
  files: PluralForms;
  usage: string;
  unknownCommand: (c: string) => string;
  /** An option where the command should be (`competency-constructor --lang ru`). */
  commandFirst: (flag: string) => string;
  missingFile: (p: string, reason: string) => string;
  needsNetwork: (p: string) => string;
  noFiles: string;
  badLang: (l: string) => string;
  badDate: (d: string) => string;
  /** Flags that do not parse. */
  args: {
    unknownOption: (flag: string) => string;
    unexpectedArgument: (arg: string) => string;
    needsValue: (flag: string) => string;
    takesNoValue: (flag: string) => string;
    /** A value starting with a dash, given as a separate argument: `written` is `--flag=`. */
    dashValue: (flag: string, written: string) => string;
  };
  plan: {
    networkRequired: string;
    programOrTarget: string;
    /** Ids given to --prior (competencies), --exclude or --elective (modules) that the network does not hold. */
    unknownIds: (flag: 'prior' | 'exclude' | 'elective', ids: string) => string;
    /** Modules given to both --elective and --exclude. */
    electiveExcluded: (ids: string, count: number) => string;
    /** With --program: modules given to --elective that the programme does not hold. */
    electiveNotInProgramme: (ids: string, count: number, programme: string) => string;
    badNumber: (flag: string, value: string) => string;
    /** Evidence recorded in the trajectory for prior learning given with --prior. */
    statedOnCommandLine: string;
    noPlan: string;
    step: (n: number, module: string, partner: string, hours: number, reasons: string) => string;
    solverUnavailable: (reason: string) => string;
  };
  export: {
    oneFile: string;
    networkRequired: string;
    outputRequired: string;
    badFormat: (format: string) => string;
    annexFormat: string;
    cannotWrite: (path: string, reason: string) => string;
    overwritesInput: (path: string, input: string) => string;
    /** What was written: the document or package, in which languages. */
    what: Record<'programme' | 'annex' | 'curriculum' | 'package', string>;
    wrote: (path: string, what: string, langs: string, bytes: number) => string;
    digest: (digest: string) => string;
    files: PluralForms;
    /** The programme's own diagnostics, which travel with it into the documents. */
    findings: (counts: string, inPackage: boolean) => string;
  };
  verify: {
    onePackage: string;
    verified: (path: string) => string;
    tampered: (path: string) => string;
    unreadable: (path: string) => string;
    programme: (id: string, created: string) => string;
    digest: (digest: string) => string;
    allMatch: (files: string) => string;
    files: PluralForms;
    changed: (path: string, expected: string, actual: string) => string;
    missing: (path: string) => string;
    unexpected: (path: string) => string;
    programDigest: (expected: string, actual: string | null) => string;
    container: string;
    /** Bytes found in front of the zip and after its end, which was read from where it lies. */
    addedBytes: (before: number, after: number) => string;
    reasons: Record<UnreadableReason, (detail?: string) => string>;
  };
}

const USAGE_EN = `Usage:
  competency-constructor validate FILE... [--catalog FILE]... [--network FILE] [--json] [--lang en|ru] [--as-of YYYY-MM-DD]
  competency-constructor plan --network FILE (--program FILE | --target ID[,ID...]) [--prior ID,...]
      [--exclude MODULE,...] [--elective MODULE,...] [--max-hours N] [--time-limit SECONDS]
      [--json] [--lang en|ru] [--as-of YYYY-MM-DD]
  competency-constructor export FILE --network FILE [--format pdf|docx|csv|zip] [--annex] -o OUT
      [--json] [--lang en|ru] [--as-of YYYY-MM-DD]
  competency-constructor verify PACKAGE [--json] [--lang en|ru]

validate checks catalogs, network manifests, programmes, trajectories and review comments. A programme or
trajectory is checked against the catalogs given with --catalog or a --network manifest.
Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error.

plan finds the individual trajectory with the fewest hours that develops the target competencies (or
completes the programme), counting prior learning; modules must be valid on --as-of (default: today).
Exit codes: 0 a plan was found, 1 no plan exists (or it needs more than --max-hours), 2 usage error.

export writes the programme document (pdf, docx; with --annex the network agreement annex), the curriculum
(csv) or the review package (zip: the canonical programme, its validation report and every document, in
--lang or else in both ru and en, with SHA-256 hashes). --format defaults to OUT's extension.
Exit codes: 0 written, 1 the network or programme file has errors, 2 usage error or OUT cannot be written.

verify checks a review package: every file against the manifest, the programme against its digest.
Exit codes: 0 verified, 1 altered or unreadable (which file changed is listed), 2 usage error.`;

const USAGE_RU = `Использование:
  competency-constructor validate ФАЙЛ... [--catalog ФАЙЛ]... [--network ФАЙЛ] [--json] [--lang en|ru] [--as-of ГГГГ-ММ-ДД]
  competency-constructor plan --network ФАЙЛ (--program ФАЙЛ | --target ID[,ID...]) [--prior ID,...]
      [--exclude МОДУЛЬ,...] [--elective МОДУЛЬ,...] [--max-hours N] [--time-limit СЕКУНДЫ]
      [--json] [--lang en|ru] [--as-of ГГГГ-ММ-ДД]
  competency-constructor export ФАЙЛ --network ФАЙЛ [--format pdf|docx|csv|zip] [--annex] -o ВЫХОД
      [--json] [--lang en|ru] [--as-of ГГГГ-ММ-ДД]
  competency-constructor verify ПАКЕТ [--json] [--lang en|ru]

validate проверяет каталоги, манифесты сети, программы, траектории и замечания экспертов. Программа или
траектория проверяется по каталогам из --catalog или по манифесту сети --network.
Коды выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки, 2 — ошибка вызова.

plan составляет индивидуальную траекторию с наименьшим числом часов, формирующую целевые компетенции
(или завершающую программу), с учётом ранее освоенного; модули должны действовать на дату --as-of
(по умолчанию — сегодня).
Коды выхода: 0 — план составлен, 1 — плана нет (или он длиннее --max-hours), 2 — ошибка вызова.

export сохраняет документ программы (pdf, docx; с --annex — приложение к договору о сетевой форме),
учебный план (csv) или пакет для экспертизы (zip: программа в каноническом JSON, отчёт о проверке и все
документы на языке --lang, а без него — на ru и en, с хешами SHA-256). По умолчанию --format берётся из
расширения ВЫХОД.
Коды выхода: 0 — сохранено, 1 — в файле сети или программы есть ошибки, 2 — ошибка вызова или ВЫХОД
нельзя записать.

verify проверяет пакет для экспертизы: каждый файл по манифесту, программу по её хешу.
Коды выхода: 0 — пакет подлинный, 1 — пакет изменён или не читается (изменённые файлы перечислены),
2 — ошибка вызова.`;

export const cliMessages: Record<Lang, CliMessages> = {
  en: {
    ok: 'no problems',
    fix: 'fix',
    in: 'in',
    waivedBy: 'waived by',
    severity: { error: 'error', warning: 'warning', info: 'info', waived: 'waived' },
    ...COUNTS.en,
    files: { one: '# file', other: '# files' },
    usage: USAGE_EN,
    unknownCommand: (c) => `Unknown command "${c}".`,
    commandFirst: (flag) => `Give a command before ${flag}: validate, plan, export or verify.`,
    missingFile: (p, reason) => `Cannot read ${p}: ${reason}`,
    needsNetwork: (p) => `${p} is checked against modules: give --network FILE or --catalog FILE.`,
    noFiles: 'Give at least one FILE to validate.',
    badLang: (l) => `Unknown language "${l}": use en or ru.`,
    args: {
      unknownOption: (flag) => `Unknown option ${flag}.`,
      unexpectedArgument: (arg) => `Unexpected argument ${arg}: this command takes no file names.`,
      needsValue: (flag) => `${flag} needs a value.`,
      takesNoValue: (flag) => `${flag} takes no value.`,
      dashValue: (flag, written) =>
        `${flag} needs a value; one that starts with "-" must be written ${written}VALUE, in one argument.`,
    },
    badDate: (d) => `"${d}" is not a date: use YYYY-MM-DD.`,
    plan: {
      networkRequired: 'Give --network FILE: the plan is made from its modules.',
      programOrTarget: 'Give exactly one of --program FILE and --target ID[,ID...].',
      unknownIds: (flag, ids) =>
        `--${flag}: the network has no ${flag === 'prior' ? 'competency' : 'module'} ${ids}; check the spelling.`,
      electiveExcluded: (ids) =>
        `--elective and --exclude both name ${ids}: a module cannot be both chosen and excluded.`,
      electiveNotInProgramme: (ids, count, programme) =>
        `--elective: the programme ${programme} does not include ${count === 1 ? 'module' : 'modules'} ${ids}; with --program, choose among its modules.`,
      badNumber: (flag, value) => `--${flag} takes a positive number, not "${value}".`,
      statedOnCommandLine: 'stated on the command line',
      noPlan: 'No plan exists:',
      step: (n, module, partner, hours, reasons) =>
        `${n}. ${module} — ${partner}, ${formatNumber('en', hours)} h — ${reasons}`,
      solverUnavailable: (reason) => `The solver (HiGHS) could not be loaded: ${reason}`,
    },
    export: {
      oneFile: 'Give one programme FILE to export.',
      networkRequired: 'Give --network FILE: the documents describe the network’s modules.',
      outputRequired: 'Give -o OUT: the file to write.',
      badFormat: (f) => `Unknown format "${f}": use pdf, docx, csv or zip (or an OUT ending in one).`,
      annexFormat: '--annex is a document: use it with --format pdf or docx.',
      cannotWrite: (p, reason) => `Cannot write ${p}: ${reason}`,
      overwritesInput: (p, input) => `${p} is ${input}, one of the files read: give another OUT.`,
      what: {
        programme: 'programme document',
        annex: 'network agreement annex',
        curriculum: 'curriculum',
        package: 'review package',
      },
      wrote: (p, what, langs, bytes) => `Wrote ${p}: ${what} (${langs}), ${formatNumber('en', bytes)} bytes`,
      digest: (d) => `Programme digest (SHA-256): ${d}`,
      files: { one: '# file', other: '# files' },
      findings: (counts, inPackage) =>
        `The programme has ${counts}${inPackage ? ' (listed in validation-report.json)' : ''}.`,
    },
    verify: {
      onePackage: 'Give one PACKAGE (a .zip written by export) to verify.',
      verified: (p) => `Verified: ${p}`,
      tampered: (p) => `Altered: ${p}`,
      unreadable: (p) => `Not a readable review package: ${p}`,
      programme: (id, created) => `Programme ${id}, packed ${created}`,
      digest: (d) => `Programme digest (SHA-256): ${d}`,
      allMatch: (files) => `Every file matches the manifest (${files}).`,
      files: { one: '# file', other: '# files' },
      changed: (p, expected, actual) =>
        `  changed     ${p}\n              manifest: ${expected}\n              file:     ${actual}`,
      missing: (p) => `  missing     ${p}`,
      unexpected: (p) => `  added       ${p} (not in the manifest)`,
      programDigest: (expected, actual) =>
        actual === null
          ? `  programme   programme.json is not JSON, so it cannot match the programme digest ${expected}`
          : `  programme   programme.json has digest ${actual}, not the programme digest ${expected}`,
      container:
        '  container   every listed file matches, but the zip itself was altered (headers, entry order or the manifest’s text)',
      addedBytes: (before, after) =>
        `  container   the zip itself was altered: extra bytes ${[
          before && `in front of it (${formatNumber('en', before)})`,
          after && `after its end (${formatNumber('en', after)})`,
        ]
          .filter(Boolean)
          .join(' and ')}`,
      reasons: {
        'not-a-zip': (d) => `It is not a zip file${d ? ` (${d})` : ''}.`,
        'altered-archive': () => 'Bytes were added to it or cut out of it: refused unopened.',
        'too-large': () => 'It holds more than 100 MB: refused unopened.',
        'too-many-entries': () => 'It holds more than 1,000 files: refused unopened.',
        'unsafe-path': (d) =>
          `It holds a file named "${d}", which could be written outside the folder it is unpacked in.`,
        'duplicate-entry': (d) => `It holds "${d}" twice.`,
        'unsupported-compression': (d) => `"${d}" is compressed in a way zip readers do not share.`,
        'no-manifest': () => 'It has no manifest.json: it was not written by export.',
        'invalid-manifest': (d) =>
          d === MANIFEST_NOT_JSON
            ? 'Its manifest.json is not valid JSON.'
            : !d
              ? 'Its manifest.json is not a review package manifest.'
              : `Its manifest.json is not a review package manifest (${
                  d === MANIFEST_UNKNOWN_FIELD
                    ? 'it has a field export does not write'
                    : d === PROGRAMME_PATH
                      ? `it does not list ${PROGRAMME_PATH}`
                      : `its field "${d}" is missing or wrong`
                }).`,
        'unsupported-version': (d) => `Its manifest is of version ${d}, newer than this program knows.`,
        'invalid-programme': (d) =>
          `Its files match the manifest, but programme.json is not a valid programme${d ? ` (${d})` : ''}.`,
      },
    },
  },
  ru: {
    ok: 'замечаний нет',
    fix: 'исправление',
    in: 'в',
    waivedBy: 'принято',
    severity: { error: 'ошибка', warning: 'предупр.', info: 'сведения', waived: 'принято' },
    ...COUNTS.ru,
    files: { one: '# файле', few: '# файлах', many: '# файлах', other: '# файлах' },
    usage: USAGE_RU,
    unknownCommand: (c) => `Неизвестная команда «${c}».`,
    commandFirst: (flag) => `Укажите команду перед ${flag}: validate, plan, export или verify.`,
    missingFile: (p, reason) => `Не удалось прочитать ${p}: ${ioReason('ru', reason)}`,
    needsNetwork: (p) => `${p} проверяется по модулям сети: укажите --network ФАЙЛ или --catalog ФАЙЛ.`,
    noFiles: 'Укажите хотя бы один ФАЙЛ для проверки.',
    badLang: (l) => `Неизвестный язык «${l}»: используйте en или ru.`,
    args: {
      unknownOption: (flag) => `Неизвестный параметр ${flag}.`,
      unexpectedArgument: (arg) => `Лишний аргумент ${arg}: этой команде не нужны имена файлов.`,
      needsValue: (flag) => `Для ${flag} нужно указать значение.`,
      takesNoValue: (flag) => `${flag} не принимает значения.`,
      dashValue: (flag, written) =>
        `Для ${flag} нужно указать значение; значение, начинающееся с «-», записывается одним аргументом: ${written}ЗНАЧЕНИЕ.`,
    },
    badDate: (d) => `«${d}» — не дата: используйте ГГГГ-ММ-ДД.`,
    plan: {
      networkRequired: 'Укажите --network ФАЙЛ: план составляется из модулей сети.',
      programOrTarget: 'Укажите ровно одно из двух: --program ФАЙЛ или --target ID[,ID...].',
      unknownIds: (flag, ids) =>
        `--${flag}: в сети нет ${flag === 'prior' ? 'компетенции' : 'модуля'} ${ids}; проверьте написание.`,
      electiveExcluded: (ids, count) =>
        `--elective и --exclude называют ${count === 1 ? 'один и тот же модуль' : 'одни и те же модули'} ${ids}: модуль нельзя одновременно выбрать и исключить.`,
      electiveNotInProgramme: (ids, count, programme) =>
        `--elective: в программе ${programme} нет ${count === 1 ? 'модуля' : 'модулей'} ${ids}; с --program выбирайте из её модулей.`,
      badNumber: (flag, value) => `--${flag}: нужно положительное число, а не «${value}».`,
      statedOnCommandLine: 'указано в командной строке',
      noPlan: 'План составить нельзя:',
      step: (n, module, partner, hours, reasons) =>
        `${n}. ${module} — ${partner}, ${formatNumber('ru', hours)} ч — ${reasons}`,
      solverUnavailable: (reason) => `Не удалось загрузить решатель (HiGHS): ${reason}`,
    },
    export: {
      oneFile: 'Укажите один ФАЙЛ программы.',
      networkRequired: 'Укажите --network ФАЙЛ: документы описывают модули сети.',
      outputRequired: 'Укажите -o ВЫХОД: файл, в который записать результат.',
      badFormat: (f) =>
        `Неизвестный формат «${f}»: используйте pdf, docx, csv или zip (или ВЫХОД с таким расширением).`,
      annexFormat: '--annex — это документ: используйте его с --format pdf или docx.',
      cannotWrite: (p, reason) => `Не удалось записать ${p}: ${ioReason('ru', reason)}`,
      overwritesInput: (p, input) => `${p} — это ${input}, один из читаемых файлов: укажите другой ВЫХОД.`,
      what: {
        programme: 'документ программы',
        annex: 'приложение к договору о сетевой форме',
        curriculum: 'учебный план',
        package: 'пакет для экспертизы',
      },
      wrote: (p, what, langs, bytes) => `Записан ${p}: ${what} (${langs}), ${formatNumber('ru', bytes)} байт`,
      digest: (d) => `Хеш программы (SHA-256): ${d}`,
      files: { one: '# файл', few: '# файла', many: '# файлов', other: '# файла' },
      findings: (counts, inPackage) =>
        `В программе ${counts}${inPackage ? ' (перечислены в validation-report.json)' : ''}.`,
    },
    verify: {
      onePackage: 'Укажите один ПАКЕТ (.zip, созданный командой export).',
      verified: (p) => `Пакет подлинный: ${p}`,
      tampered: (p) => `Пакет изменён: ${p}`,
      unreadable: (p) => `Это не читаемый пакет для экспертизы: ${p}`,
      programme: (id, created) => `Программа ${id}, пакет создан ${created}`,
      digest: (d) => `Хеш программы (SHA-256): ${d}`,
      allMatch: (files) => `Все файлы совпадают с манифестом (${files}).`,
      files: { one: '# файл', few: '# файла', many: '# файлов', other: '# файла' },
      changed: (p, expected, actual) =>
        `  изменён    ${p}\n             в манифесте: ${expected}\n             у файла:     ${actual}`,
      missing: (p) => `  нет файла  ${p}`,
      unexpected: (p) => `  добавлен   ${p} (его нет в манифесте)`,
      programDigest: (expected, actual) =>
        actual === null
          ? `  программа  programme.json — не JSON, он не может совпасть с хешем программы ${expected}`
          : `  программа  у programme.json хеш ${actual}, а не хеш программы ${expected}`,
      container:
        '  архив      все перечисленные файлы совпадают, но сам zip изменён (заголовки, порядок файлов или текст манифеста)',
      addedBytes: (before, after) =>
        `  архив      сам zip изменён: лишние байты ${[
          before && `перед ним (${formatNumber('ru', before)})`,
          after && `после его конца (${formatNumber('ru', after)})`,
        ]
          .filter(Boolean)
          .join(' и ')}`,
      reasons: {
        // The unzipper's own detail is English, so it is left out here.
        'not-a-zip': () => 'Это не zip-файл.',
        'altered-archive': () => 'В файл добавлены байты или из него вырезаны: не открывается.',
        'too-large': () => 'В нём больше 100 МБ: не открывается.',
        'too-many-entries': () => 'В нём больше 1000 файлов: не открывается.',
        'unsafe-path': (d) =>
          `В нём есть файл «${d}», который при распаковке мог бы попасть за пределы папки.`,
        'duplicate-entry': (d) => `Файл «${d}» в нём дважды.`,
        'unsupported-compression': (d) => `«${d}» сжат способом, который не все программы для zip понимают.`,
        'no-manifest': () => 'В нём нет manifest.json: он создан не командой export.',
        'invalid-manifest': (d) =>
          d === MANIFEST_NOT_JSON
            ? 'Его manifest.json — не корректный JSON.'
            : !d
              ? 'Его manifest.json — не манифест пакета для экспертизы.'
              : `Его manifest.json — не манифест пакета для экспертизы (${
                  d === MANIFEST_UNKNOWN_FIELD
                    ? 'в нём есть поле, которого export не пишет'
                    : d === PROGRAMME_PATH
                      ? `в нём не указан ${PROGRAMME_PATH}`
                      : `поле «${d}» отсутствует или неверно`
                }).`,
        'unsupported-version': (d) => `Версия его манифеста (${d}) новее, чем знает эта программа.`,
        'invalid-programme': (d) =>
          `Файлы совпадают с манифестом, но programme.json — не корректная программа${d ? ` (${d})` : ''}.`,
      },
    },
  },
};
