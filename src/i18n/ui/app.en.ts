import type { PluralForms } from '../lang';

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
  frameworkImported: (competencies: number, assumed: number, precedes: number, skipped: number) =>
    `A CASE competency framework: ${competencies} competencies added. CASE has no qualification levels, so ${assumed} were set to level 1: correct them in the catalog. ${precedes} “precedes” links are prerequisite hints for module authors.${skipped ? ` ${skipped} items without a statement or identifier were left out.` : ''}`,
};
export type AppMessages = typeof appEn;
