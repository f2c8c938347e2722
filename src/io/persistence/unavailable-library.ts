import type { Library } from './library-types';
import { failure } from './save-result';

/** Stands in when IndexedDB cannot be opened, so the app keeps working in memory and can say why. */
export function unavailableLibrary(message: string): Library {
  const unavailable = failure('unavailable', message);
  const refuse = () => Promise.resolve(unavailable);
  return {
    available: false,
    list: () => Promise.resolve([]),
    listDeleted: () => Promise.resolve([]),
    get: () => Promise.resolve(undefined),
    create: refuse,
    save: refuse,
    duplicate: refuse,
    rename: refuse,
    softDelete: refuse,
    restore: refuse,
    purgeDeleted: refuse,
    getLastOpened: () => Promise.resolve(undefined),
    setLastOpened: refuse,
    getImportedCatalogs: () => Promise.resolve([]),
    setImportedCatalogs: refuse,
    close: () => undefined,
  };
}
