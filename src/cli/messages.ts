import { COUNTS } from '../i18n/counts';
import type { Lang, PluralForms } from '../i18n/lang';

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
}

const USAGE_EN = `Usage:
  competency-constructor validate FILE... [--catalog FILE]... [--network FILE] [--json] [--lang en|ru] [--as-of YYYY-MM-DD]

Checks catalogs, network manifests, programmes, trajectories and review comments. A programme or
trajectory is checked against the catalogs given with --catalog or a --network manifest.
Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error.`;

const USAGE_RU = `Использование:
  competency-constructor validate ФАЙЛ... [--catalog ФАЙЛ]... [--network ФАЙЛ] [--json] [--lang en|ru] [--as-of ГГГГ-ММ-ДД]

Проверяет каталоги, манифесты сети, программы, траектории и замечания экспертов. Программа или
траектория проверяется по каталогам из --catalog или по манифесту сети --network.
Коды выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки, 2 — ошибка вызова.`;

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
  },
};
