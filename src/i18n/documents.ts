import type { TrajectoryDocumentStrings } from '../domain/documents/trajectory-document';
import { documentsEn } from './documents.en';
import { documentsRu } from './documents.ru';
import type { Lang } from './lang';

/** The words of printed documents by language; the calendar, the CLI and the app all read them from here. */
export const TRAJECTORY_STRINGS: Record<Lang, TrajectoryDocumentStrings> = {
  en: documentsEn.trajectory,
  ru: documentsRu.trajectory,
};
