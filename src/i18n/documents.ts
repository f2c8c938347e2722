import type { NetworkAnnexStrings } from '../domain/documents/network-annex';
import type { ProgrammeDocumentStrings } from '../domain/documents/programme-document';
import type { TrajectoryDocumentStrings } from '../domain/documents/trajectory-document';
import { documentsEn } from './documents.en';
import { documentsRu } from './documents.ru';
import type { Lang } from './lang';

/** The words of printed documents by language; the calendar, the CLI and the app all read them from here. */
export const TRAJECTORY_STRINGS: Record<Lang, TrajectoryDocumentStrings> = {
  en: documentsEn.trajectory,
  ru: documentsRu.trajectory,
};

/** The programme document (Программа) for reviewers. */
export const PROGRAMME_STRINGS: Record<Lang, ProgrammeDocumentStrings> = {
  en: documentsEn.programme,
  ru: documentsRu.programme,
};

/** The annex to the network-form agreement (Приложение к договору о сетевой форме). */
export const ANNEX_STRINGS: Record<Lang, NetworkAnnexStrings> = {
  en: documentsEn.annex,
  ru: documentsRu.annex,
};
