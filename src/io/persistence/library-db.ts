import { nanoid } from 'nanoid';
import type { Program } from '../../domain/model';
import { deletedSummaries, freshHistory, liveSummaries } from './library-record';
import {
  connectLibraryDatabase,
  DEFAULT_LIBRARY_NAME,
  type ConnectLibrary,
  type LibraryDatabase,
} from './library-schema';
import type { ImportedCatalogFile, Library, LibraryContent, LibraryRecord } from './library-types';
import { copyProgramme } from './programme-copy';
import { commitRecord, transact, type Decision } from './record-commit';
import { describeError, failure, storageFailure, type SaveResult, type StorageFailure } from './save-result';
import { unavailableLibrary } from './unavailable-library';

export type {
  ImportedCatalogFile,
  Library,
  LibraryContent,
  LibraryRecord,
  LibrarySummary,
  PurgeResult,
  SavedHistory,
  TitleSuffix,
} from './library-types';
export type { SaveResult, StorageFailure, WriteResult } from './save-result';
export { connectLibraryDatabase, DEFAULT_LIBRARY_NAME, type ConnectLibrary, type LibraryDatabase };

const LAST_OPENED = 'lastOpened';
const IMPORTED_CATALOGS = 'importedCatalogs';

const isImportedCatalogFile = (x: unknown): x is ImportedCatalogFile =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as ImportedCatalogFile).source === 'string' &&
  typeof (x as ImportedCatalogFile).text === 'string';
const now = () => new Date().toISOString();

const notFound = (key: string) => ({ answer: failure('not-found', `No programme ${key} in the library`) });

const conflict = ({ key, revision, savedAt }: LibraryRecord): Decision => ({
  answer: { ok: false, reason: 'conflict', key, revision, savedAt },
});

const existing =
  (key: string, decide: (stored: LibraryRecord) => Decision) =>
  (stored: LibraryRecord | undefined): Decision =>
    stored ? decide(stored) : notFound(key);

/** A content change: only on top of the revision the caller last saw, and it makes a new revision. */
const revise = (key: string, expectedRevision: number, change: (stored: LibraryRecord) => LibraryContent) =>
  existing(key, (stored) =>
    stored.revision === expectedRevision
      ? { write: { ...stored, ...change(stored), revision: stored.revision + 1, savedAt: now() } }
      : conflict(stored),
  );

/**
 * A rename is a library action, outside the undo history: no ProgramEdit touches the title, so the new
 * title goes into the history's base too. Replaying the history then still yields the stored programme,
 * the user keeps undo and redo across the rename, and undo never brings the old title back.
 */
const retitled = (stored: LibraryRecord, title: Program['title']): LibraryContent => ({
  program: { ...stored.program, title },
  history: { ...stored.history, base: { ...stored.history.base, title } },
});

function libraryOver(db: LibraryDatabase): Library {
  const readAll = async (): Promise<LibraryRecord[]> => {
    try {
      return await db.getAll('programmes');
    } catch {
      return [];
    }
  };

  const read = async (key: string): Promise<{ ok: true; record?: LibraryRecord } | StorageFailure> => {
    try {
      return { ok: true, record: await db.get('programmes', key) };
    } catch (e) {
      return storageFailure(e);
    }
  };

  const create = (program: Program, history = freshHistory(program)): Promise<SaveResult> => {
    const key = nanoid();
    return commitRecord(db, key, (stored) =>
      stored
        ? { answer: failure('unknown', `Key ${key} is already taken`) }
        : { write: { key, program, history, revision: 1, savedAt: now() } },
    );
  };

  return {
    available: true,
    list: async () => liveSummaries(await readAll()),
    listDeleted: async () => deletedSummaries(await readAll()),
    get: async (key) => {
      const r = await read(key);
      return r.ok ? r.record : undefined;
    },
    create,
    save: (key, content, expectedRevision) =>
      commitRecord(
        db,
        key,
        revise(key, expectedRevision, () => content),
      ),
    rename: (key, title, expectedRevision) =>
      commitRecord(
        db,
        key,
        revise(key, expectedRevision, (stored) => retitled(stored, title)),
      ),
    duplicate: async (key, titleSuffix) => {
      const r = await read(key);
      if (!r.ok) return r;
      if (!r.record) return notFound(key).answer;
      return create(copyProgramme(r.record.program, titleSuffix));
    },
    // Deleting and restoring leave the content and its revision alone: an editor still open on the
    // programme in another tab keeps saving without a conflict, and its work stays recoverable.
    softDelete: (key) =>
      commitRecord(
        db,
        key,
        existing(key, (stored) => ({ write: { ...stored, deletedAt: stored.deletedAt ?? now() } })),
      ),
    restore: (key) =>
      commitRecord(
        db,
        key,
        existing(key, ({ deletedAt: _deletedAt, ...rest }) => ({ write: rest })),
      ),
    purgeDeleted: async (olderThanMs) => {
      const cutoff = Date.now() - olderThanMs;
      const outcome = await transact(db, async (store) => {
        const purged: string[] = [];
        for (const record of await store.getAll()) {
          if (record.deletedAt === undefined || Date.parse(record.deletedAt) > cutoff) continue;
          await store.delete(record.key);
          purged.push(record.key);
        }
        return purged;
      });
      return outcome.ok ? { ok: true, purged: outcome.value } : outcome;
    },
    getLastOpened: async () => {
      try {
        const value = await db.get('meta', LAST_OPENED);
        return typeof value === 'string' ? value : undefined;
      } catch {
        return undefined;
      }
    },
    setLastOpened: async (key) => {
      try {
        await db.put('meta', key, LAST_OPENED);
        return { ok: true };
      } catch (e) {
        return storageFailure(e);
      }
    },
    getImportedCatalogs: async () => {
      try {
        const value: unknown = await db.get('meta', IMPORTED_CATALOGS);
        return Array.isArray(value) ? value.filter(isImportedCatalogFile) : [];
      } catch {
        return [];
      }
    },
    setImportedCatalogs: async (files) => {
      try {
        await db.put('meta', [...files], IMPORTED_CATALOGS);
        return { ok: true };
      } catch (e) {
        return storageFailure(e);
      }
    },
    close: () => db.close(),
  };
}

/**
 * The programme library in IndexedDB. Never rejects: when the database cannot be opened the library still
 * answers, with `available: false` and `unavailable` results, so the app can go on in memory and say so.
 * `connect` is the seam for tests that need to stand between the library and the database.
 */
export async function openLibrary(
  name: string = DEFAULT_LIBRARY_NAME,
  connect: ConnectLibrary = connectLibraryDatabase,
): Promise<Library> {
  try {
    return libraryOver(await connect(name));
  } catch (e) {
    return unavailableLibrary(describeError(e));
  }
}
