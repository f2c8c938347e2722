import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LibraryRecord } from './library-types';

export const DEFAULT_LIBRARY_NAME = 'competency-constructor';
const SCHEMA_VERSION = 1;

export interface LibrarySchema extends DBSchema {
  programmes: { key: string; value: LibraryRecord };
  /** Small settings by name; values are checked on read since another app version may have written them. */
  meta: { key: string; value: unknown };
}

export type LibraryDatabase = IDBPDatabase<LibrarySchema>;
export type ConnectLibrary = (name: string) => Promise<LibraryDatabase>;

/** Opens (creating or upgrading) the library database; rejects when IndexedDB is missing or refuses. */
export async function connectLibraryDatabase(name: string): Promise<LibraryDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this environment');
  const db: LibraryDatabase = await openDB<LibrarySchema>(name, SCHEMA_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('programmes', { keyPath: 'key' });
        database.createObjectStore('meta');
      }
    },
    // A newer version of the app in another tab waits for every connection to close before it upgrades;
    // this tab's later calls then report `unavailable` instead of both tabs hanging.
    blocking: () => db.close(),
  });
  return db;
}
