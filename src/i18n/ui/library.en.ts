import { plural } from '../lang';

export const libraryEn = {
  open: 'Library',
  region: 'Programme library',
  close: 'Close library',
  empty: 'Nothing saved yet: programmes are saved here automatically as you edit them.',
  openItem: (title: string) => `Open “${title}”`,
  rename: (title: string) => `Rename “${title}”`,
  newName: 'New name',
  saveName: 'Save name',
  duplicate: (title: string) => `Duplicate “${title}”`,
  remove: (title: string) => `Delete “${title}”`,
  deleted: (title: string) => `Deleted “${title}”.`,
  undoDelete: 'Undo delete',
  copySuffix: { en: ' (copy)', ru: ' (копия)' },
  modules: (n: number) => `${n} modules`,
  savedAt: (when: string) => `saved ${when}`,
  actions: { rename: 'Rename', duplicate: 'Duplicate', remove: 'Delete' },
  importedCatalogs: 'Catalogs you imported into the network',
  importedCatalog: (source: string, modules: number, competencies: number) =>
    `${source}: ${plural('en', modules, { one: '# module', other: '# modules' })}, ${plural('en', competencies, { one: '# competency', other: '# competencies' })}`,
  removeCatalog: (source: string) => `Remove ${source} from the network`,
  removeCatalogAction: 'Remove',
  status: {
    unsaved: 'Not saved yet: saved on the first change',
    saving: 'Saving…',
    saved: (when: string) => `Saved ${when}`,
    quota: 'Not saved: the browser’s storage is full. Export the programme to keep your work.',
    unavailable:
      'Not saved: this browser does not allow storage here. Export the programme to keep your work.',
    failed: (message: string) => `Not saved: ${message}. Export the programme to keep your work.`,
    conflict: 'This programme was changed in another tab. Your changes here are not saved yet.',
    loadTheirs: 'Load the other tab’s version',
    keepMine: 'Keep mine as a copy',
  },
};
export type LibraryMessages = typeof libraryEn;
