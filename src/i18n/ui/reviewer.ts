import type { Lang } from '../lang';
import { reviewerEn, type ReviewerMessages } from './reviewer.en';
import { reviewerRu } from './reviewer.ru';

/**
 * The reviewer's screen's words, apart from the comments' (which the editor shows too): the screen loads on
 * demand, and its words (both languages) with it.
 */
export const REVIEWER: Record<Lang, ReviewerMessages> = { en: reviewerEn, ru: reviewerRu };
