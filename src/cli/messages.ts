import { COUNTS } from '../i18n/counts';
import { formatNumber, type Lang, type PluralForms } from '../i18n/lang';

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
  missingFile: (p: string, reason: string) => string;
  needsNetwork: (p: string) => string;
  noFiles: string;
  badLang: (l: string) => string;
  badDate: (d: string) => string;
  plan: {
    networkRequired: string;
    programOrTarget: string;
    badNumber: (flag: string, value: string) => string;
    /** Evidence recorded in the trajectory for prior learning given with --prior. */
    statedOnCommandLine: string;
    noPlan: string;
    step: (n: number, module: string, partner: string, hours: number, reasons: string) => string;
    solverUnavailable: (reason: string) => string;
  };
}

const USAGE_EN = `Usage:
  competency-constructor validate FILE... [--catalog FILE]... [--network FILE] [--json] [--lang en|ru] [--as-of YYYY-MM-DD]
  competency-constructor plan --network FILE (--program FILE | --target ID[,ID...]) [--prior ID,...]
      [--exclude MODULE,...] [--elective MODULE,...] [--max-hours N] [--time-limit SECONDS]
      [--json] [--lang en|ru] [--as-of YYYY-MM-DD]

validate checks catalogs, network manifests, programmes, trajectories and review comments. A programme or
trajectory is checked against the catalogs given with --catalog or a --network manifest.
Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error.

plan finds the individual trajectory with the fewest hours that develops the target competencies (or
completes the programme), counting prior learning; modules must be valid on --as-of (default: today).
Exit codes: 0 a plan was found, 1 no plan exists (or it needs more than --max-hours), 2 usage error.`;

const USAGE_RU = `Использование:
  competency-constructor validate ФАЙЛ... [--catalog ФАЙЛ]... [--network ФАЙЛ] [--json] [--lang en|ru] [--as-of ГГГГ-ММ-ДД]
  competency-constructor plan --network ФАЙЛ (--program ФАЙЛ | --target ID[,ID...]) [--prior ID,...]
      [--exclude МОДУЛЬ,...] [--elective МОДУЛЬ,...] [--max-hours N] [--time-limit СЕКУНДЫ]
      [--json] [--lang en|ru] [--as-of ГГГГ-ММ-ДД]

validate проверяет каталоги, манифесты сети, программы, траектории и замечания экспертов. Программа или
траектория проверяется по каталогам из --catalog или по манифесту сети --network.
Коды выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки, 2 — ошибка вызова.

plan составляет индивидуальную траекторию с наименьшим числом часов, формирующую целевые компетенции
(или завершающую программу), с учётом ранее освоенного; модули должны действовать на дату --as-of
(по умолчанию — сегодня).
Коды выхода: 0 — план составлен, 1 — плана нет (или он длиннее --max-hours), 2 — ошибка вызова.`;

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
    missingFile: (p, reason) => `Cannot read ${p}: ${reason}`,
    needsNetwork: (p) => `${p} is checked against modules: give --network FILE or --catalog FILE.`,
    noFiles: 'Give at least one FILE to validate.',
    badLang: (l) => `Unknown language "${l}": use en or ru.`,
    badDate: (d) => `"${d}" is not a date: use YYYY-MM-DD.`,
    plan: {
      networkRequired: 'Give --network FILE: the plan is made from its modules.',
      programOrTarget: 'Give either --program FILE or --target ID[,ID...], not both.',
      badNumber: (flag, value) => `--${flag} takes a positive number, not "${value}".`,
      statedOnCommandLine: 'stated on the command line',
      noPlan: 'No plan exists:',
      step: (n, module, partner, hours, reasons) =>
        `${n}. ${module} — ${partner}, ${formatNumber('en', hours)} h — ${reasons}`,
      solverUnavailable: (reason) => `The solver (HiGHS) could not be loaded: ${reason}`,
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
    missingFile: (p, reason) => `Не удалось прочитать ${p}: ${reason}`,
    needsNetwork: (p) => `${p} проверяется по модулям сети: укажите --network ФАЙЛ или --catalog ФАЙЛ.`,
    noFiles: 'Укажите хотя бы один ФАЙЛ для проверки.',
    badLang: (l) => `Неизвестный язык «${l}»: используйте en или ru.`,
    badDate: (d) => `«${d}» — не дата: используйте ГГГГ-ММ-ДД.`,
    plan: {
      networkRequired: 'Укажите --network ФАЙЛ: план составляется из модулей сети.',
      programOrTarget: 'Укажите либо --program ФАЙЛ, либо --target ID[,ID...], но не то и другое.',
      badNumber: (flag, value) => `--${flag}: нужно положительное число, а не «${value}».`,
      statedOnCommandLine: 'указано в командной строке',
      noPlan: 'План составить нельзя:',
      step: (n, module, partner, hours, reasons) =>
        `${n}. ${module} — ${partner}, ${formatNumber('ru', hours)} ч — ${reasons}`,
      solverUnavailable: (reason) => `Не удалось загрузить решатель (HiGHS): ${reason}`,
    },
  },
};
