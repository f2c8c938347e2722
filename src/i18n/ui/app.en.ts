export const appEn = {
  title: 'Competency Constructor',
  tagline: 'Compose advanced vocational training programmes from the network’s competency modules',
  language: 'Language',
  languages: { en: 'English', ru: 'Русский' },
  loading: 'Loading the network…',
  loadFailed: 'The network could not be loaded.',
};
export type AppMessages = typeof appEn;
