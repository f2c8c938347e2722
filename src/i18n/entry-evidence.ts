import type { Program } from '../domain/model';
import { localize } from '../domain/localized-text';
import type { Lang } from './lang';

// Its own module, not the planner's messages: the store builds every plan request with it, and the planner's
// wording loads only with trainee mode.
const EVIDENCE: Record<Lang, (programme: string) => string> = {
  en: (programme) => `entry requirement of the programme “${programme}”`,
  ru: (programme) => `входное требование программы «${programme}»`,
};

/** The evidence a trajectory records for the programme's entry requirements, in the reader's language. */
export const entryEvidence = (programme: Program, lang: Lang): string =>
  EVIDENCE[lang](localize(programme.title, lang));
