import { plural } from '../lang';
import type { LibraryMessages } from './library.en';

export const libraryRu: LibraryMessages = {
  open: 'Библиотека',
  region: 'Библиотека программ',
  close: 'Закрыть библиотеку',
  empty: 'Пока ничего не сохранено: программы сохраняются здесь автоматически при редактировании.',
  openItem: (title) => `Открыть «${title}»`,
  rename: (title) => `Переименовать «${title}»`,
  newName: 'Новое название',
  saveName: 'Сохранить название',
  duplicate: (title) => `Создать копию «${title}»`,
  importedCatalogs: 'Каталоги, импортированные вами в сеть',
  importedCatalog: (source, modules, competencies) =>
    `${source}: ${plural('ru', modules, { one: '# модуль', few: '# модуля', many: '# модулей', other: '# модуля' })}, ${plural('ru', competencies, { one: '# компетенция', few: '# компетенции', many: '# компетенций', other: '# компетенции' })}`,
  removeCatalog: (source) => `Убрать ${source} из сети`,
  removeCatalogAction: 'Убрать',
  remove: (title) => `Удалить «${title}»`,
  deleted: (title) => `Программа «${title}» удалена.`,
  undoDelete: 'Отменить удаление',
  copySuffix: { en: ' (copy)', ru: ' (копия)' },
  modules: (n) => `модулей: ${n}`,
  savedAt: (when) => `сохранено ${when}`,
  actions: { rename: 'Переименовать', duplicate: 'Копия', remove: 'Удалить' },
  status: {
    unsaved: 'Ещё не сохранено: сохранится при первом изменении',
    saving: 'Сохранение…',
    saved: (when) => `Сохранено ${when}`,
    quota: 'Не сохранено: хранилище браузера заполнено. Экспортируйте программу, чтобы не потерять работу.',
    unavailable:
      'Не сохранено: браузер не разрешает хранить данные. Экспортируйте программу, чтобы не потерять работу.',
    failed: (message) => `Не сохранено: ${message}. Экспортируйте программу, чтобы не потерять работу.`,
    conflict: 'Эту программу изменили в другой вкладке. Ваши изменения здесь ещё не сохранены.',
    loadTheirs: 'Загрузить версию из другой вкладки',
    keepMine: 'Сохранить мою как копию',
  },
};
