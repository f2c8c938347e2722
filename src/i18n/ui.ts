import type { Lang } from './lang';
import { appEn } from './ui/app.en';
import { appRu } from './ui/app.ru';
import { catalogEn } from './ui/catalog.en';
import { catalogRu } from './ui/catalog.ru';
import { diagnosticsEn } from './ui/diagnostics.en';
import { diagnosticsRu } from './ui/diagnostics.ru';
import { editorEn } from './ui/editor.en';
import { editorRu } from './ui/editor.ru';
import { libraryEn } from './ui/library.en';
import { libraryRu } from './ui/library.ru';
import { programEn } from './ui/program.en';
import { programRu } from './ui/program.ru';
import { reviewEn } from './ui/review.en';
import { reviewRu } from './ui/review.ru';

/**
 * Every string the app shows, one file per feature and language. Each Russian file is typed by its English
 * twin, so the compiler proves both languages have every key with the same parameters.
 */
export const UI = {
  en: {
    app: appEn,
    catalog: catalogEn,
    program: programEn,
    diagnostics: diagnosticsEn,
    editor: editorEn,
    library: libraryEn,
    review: reviewEn,
  },
  ru: {
    app: appRu,
    catalog: catalogRu,
    program: programRu,
    diagnostics: diagnosticsRu,
    editor: editorRu,
    library: libraryRu,
    review: reviewRu,
  },
} satisfies Record<Lang, unknown>;
