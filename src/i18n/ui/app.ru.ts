import { linkCounts, type AppMessages } from './app.en';
import { plural } from '../lang';

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
  mode: 'Режим',
  modes: { methodologist: 'Методист', trainee: 'Слушатель', reviewer: 'Эксперт' },
  frameworkImported: (competencies, notes) =>
    [
      `Рамка компетенций CASE: ${plural('ru', competencies, { one: 'добавлена # компетенция', few: 'добавлены # компетенции', many: 'добавлено # компетенций', other: 'добавлено # компетенции' })}.`,
      `В CASE нет уровней квалификации, поэтому ${plural('ru', notes.assumedLevel, { one: '# компетенции', few: '# компетенциям', many: '# компетенциям', other: '# компетенциям' })} присвоен уровень 1: уточните его в каталоге.`,
      notes.precedes && `Связи «precedes» (${notes.precedes}) — подсказки для пререквизитов модулей.`,
      Object.keys(notes.leftOutLinks).length &&
        `Не импортированы, потому что в каталоге нет места для иерархии рамки и её соответствий другим рамкам: ${linkCounts(notes.leftOutLinks)}.`,
      notes.skipped &&
        `${plural('ru', notes.skipped, { one: 'Пропущен # элемент', few: 'Пропущены # элемента', many: 'Пропущено # элементов', other: 'Пропущено # элемента' })} без формулировки или идентификатора.`,
    ]
      .filter(Boolean)
      .join(' '),
};
