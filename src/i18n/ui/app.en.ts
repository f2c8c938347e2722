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
  dismiss: 'Dismiss',
  skipToEditor: 'Skip to the programme',
};
export type AppMessages = typeof appEn;
