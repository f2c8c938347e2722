import type { AppMessages } from './app.en';

export const appRu: AppMessages = {
  title: 'Конструктор компетенций',
  tagline: 'Программы дополнительного профессионального образования из модулей сети партнёров',
  language: 'Язык',
  languages: { en: 'English', ru: 'Русский' },
  loading: 'Загрузка сети…',
  loadFailed: 'Не удалось загрузить сеть.',
  importRefused: (name) => `Файл ${name} не импортирован; программа не изменилась.`,
  importedCatalog: (name, errors, warnings) => `Каталог ${name} добавлен в сеть: ${errors}, ${warnings}.`,
  replacedCatalog: (name, replaced, errors, warnings) =>
    `Каталог ${name} заменил в сети ${replaced}: ${errors}, ${warnings}.`,
  dismiss: 'Закрыть',
  moreProblems: (n) => `…и ещё ${n}.`,
  networkProblems: 'Ошибки в файлах сети',
  networkProblemsSummary: (errors, files) => `${errors} ${files} сети.`,
  inFiles: { one: 'в # файле', few: 'в # файлах', many: 'в # файлах', other: 'в # файлах' },
  networkPartial:
    'Сеть открыта без того, что не прошло проверку схемы: без ошибочных элементов или целого файла, если ошибка в его верхнем уровне. Если программа использует пропущенное, в замечании указан файл, который нужно исправить.',
  skipToEditor: 'Перейти к программе',
  frameworkImported: (competencies, assumed, precedes, skipped) =>
    `Рамка компетенций CASE: добавлено компетенций — ${competencies}. В CASE нет уровней квалификации, поэтому ${assumed} получили уровень 1: уточните их в каталоге. Связи «precedes» (${precedes}) — подсказки для пререквизитов модулей.${skipped ? ` Элементы без формулировки или идентификатора пропущены: ${skipped}.` : ''}`,
};
