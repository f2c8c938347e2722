import type { CaseImportNotes } from '../../io/case-package';
import { plural, type PluralForms } from '../lang';

/** CASE association types as the framework names them, with how many of each: `isChildOf 16, exactMatchOf 16`. */
export const linkCounts = (links: Record<string, number>) =>
  Object.entries(links)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');

export const appEn = {
  title: 'Competency Constructor',
  tagline: 'Compose advanced vocational training programmes from the network’s competency modules',
  language: 'Language',
  languages: { en: 'English', ru: 'Русский' },
  loading: 'Loading the network…',
  loadFailed: 'The network could not be loaded.',
  importRefused: (name: string) => `${name} was not imported; your programme is unchanged.`,
  importedCatalog: (name: string, errors: string, warnings: string) =>
    `Catalog ${name} added to the network: ${errors}, ${warnings}.`,
  replacedCatalog: (name: string, replaced: string, errors: string, warnings: string) =>
    `Catalog ${name} replaced ${replaced} in the network: ${errors}, ${warnings}.`,
  dismiss: 'Dismiss',
  moreProblems: (n: number) => `…and ${n} more.`,
  networkProblems: 'Network problems',
  networkProblemsSummary: (errors: string, files: string) => `${errors} ${files} of the network.`,
  inFiles: { one: 'in # file', other: 'in # files' } as PluralForms,
  networkPartial:
    'The network opened without what failed the schema check: the broken items, or a whole file when its top level is broken. A programme that uses something left out says which file to fix.',
  skipToEditor: 'Skip to the programme',
  mode: 'Mode',
  modes: { methodologist: 'Methodologist', trainee: 'Trainee', reviewer: 'Reviewer' },
  frameworkImported: (competencies: number, notes: CaseImportNotes) =>
    [
      `A CASE competency framework: ${plural('en', competencies, { one: '# competency', other: '# competencies' })} added.`,
      `CASE has no qualification levels, so ${plural('en', notes.assumedLevel, { one: '# was', other: '# were' })} set to level 1: correct them in the catalog.`,
      notes.precedes &&
        `${plural('en', notes.precedes, { one: '# “precedes” link is a prerequisite hint', other: '# “precedes” links are prerequisite hints' })} for module authors.`,
      Object.keys(notes.leftOutLinks).length &&
        `Not imported, as a catalog has no place for a framework's hierarchy or its matches to others: ${linkCounts(notes.leftOutLinks)}.`,
      notes.skipped &&
        `${plural('en', notes.skipped, { one: '# item', other: '# items' })} without a statement or identifier left out.`,
    ]
      .filter(Boolean)
      .join(' '),
};
export type AppMessages = typeof appEn;
