import type { Lang } from '../lang';
import { traineeEn, type TraineeMessages } from './trainee.en';
import { traineeRu } from './trainee.ru';

/**
 * Trainee mode's words, apart from the rest of the UI's: the mode loads on demand, and its words (both
 * languages) with it.
 */
export const TRAINEE: Record<Lang, TraineeMessages> = { en: traineeEn, ru: traineeRu };
