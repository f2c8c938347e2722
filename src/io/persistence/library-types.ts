import type { SavedHistory } from '../../domain/history';
import type { Program } from '../../domain/model';
import type { SaveResult, StorageFailure, WriteResult } from './save-result';

/** Undo history as stored (edits from a base, `cursor` of them applied): the domain's own shape. */
export type { SavedHistory };

export interface LibraryRecord {
  key: string;
  program: Program;
  history: SavedHistory;
  /** Bumped by every content write; the token for compare-and-set between tabs. */
  revision: number;
  savedAt: string;
  deletedAt?: string;
}

export interface LibrarySummary {
  key: string;
  title: Program['title'];
  programType: Program['programType'];
  savedAt: string;
  revision: number;
  /** Module references, each option of an elective group counted. */
  modules: number;
  /** Only on soft-deleted records, for a trash view. */
  deletedAt?: string;
}

export interface LibraryContent {
  program: Program;
  history: SavedHistory;
}

export interface TitleSuffix {
  en: string;
  ru: string;
}

export type PurgeResult = { ok: true; purged: string[] } | StorageFailure;

/** Every method resolves, never rejects: storage failures come back as results the UI can show. */
export interface ImportedCatalogFile {
  /** The file name it was imported from. */
  source: string;
  text: string;
}

export interface Library {
  /** False when IndexedDB could not be opened: the app then works in memory only and should say so. */
  readonly available: boolean;
  /** Newest first, soft-deleted records left out. */
  list(): Promise<LibrarySummary[]>;
  /** Soft-deleted records, most recently deleted first. */
  listDeleted(): Promise<LibrarySummary[]>;
  get(key: string): Promise<LibraryRecord | undefined>;
  create(program: Program, history?: SavedHistory): Promise<SaveResult>;
  save(key: string, content: LibraryContent, expectedRevision: number): Promise<SaveResult>;
  duplicate(key: string, titleSuffix: TitleSuffix): Promise<SaveResult>;
  rename(key: string, title: Program['title'], expectedRevision: number): Promise<SaveResult>;
  softDelete(key: string): Promise<SaveResult>;
  restore(key: string): Promise<SaveResult>;
  /** Removes for good the records soft-deleted at least `olderThanMs` ago. */
  purgeDeleted(olderThanMs: number): Promise<PurgeResult>;
  getLastOpened(): Promise<string | undefined>;
  setLastOpened(key: string): Promise<WriteResult>;
  /**
   * Catalogs the user imported into the network, as the files' text: read back through the import pipeline,
   * since another version of the app may have written them.
   */
  getImportedCatalogs(): Promise<ImportedCatalogFile[]>;
  setImportedCatalogs(files: readonly ImportedCatalogFile[]): Promise<WriteResult>;
  close(): void;
}
