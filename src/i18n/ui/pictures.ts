import type { Lang } from '../lang';
import { picturesEn, type PicturesMessages } from './pictures.en';
import { picturesRu } from './pictures.ru';

/**
 * The pictures' words, apart from the rest of the UI's: the pictures panel loads after the first paint, and
 * its words (both languages) with it.
 */
export const PICTURES: Record<Lang, PicturesMessages> = { en: picturesEn, ru: picturesRu };
