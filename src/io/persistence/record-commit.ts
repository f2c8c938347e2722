import type { IDBPObjectStore } from 'idb';
import { canonicalJson } from './canonical-json';
import type { LibraryDatabase, LibrarySchema } from './library-schema';
import type { LibraryRecord } from './library-types';
import { failure, storageFailure, type SaveResult, type StorageFailure } from './save-result';

export type ProgrammeStore = IDBPObjectStore<LibrarySchema, ['programmes'], 'programmes', 'readwrite'>;

const abortQuietly = (tx: { abort(): void }) => {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: there is nothing left to undo.
  }
};

/**
 * Runs `work` in one readwrite transaction on the programmes and resolves once the transaction has settled:
 * a value only when it committed, otherwise the failure. A throw inside `work` aborts the transaction so a
 * half-done change is never committed.
 */
export async function transact<T>(
  db: LibraryDatabase,
  work: (store: ProgrammeStore) => Promise<T>,
): Promise<{ ok: true; value: T } | StorageFailure> {
  let tx;
  try {
    tx = db.transaction('programmes', 'readwrite');
  } catch (e) {
    return storageFailure(e);
  }
  // Observed from the start so an abort is never an unhandled rejection.
  const settled = tx.done.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  try {
    const value = await work(tx.store);
    const aborted = await settled;
    return aborted ? storageFailure(aborted.error, tx.error) : { ok: true, value };
  } catch (e) {
    abortQuietly(tx);
    await settled;
    return storageFailure(e, tx.error);
  }
}

/** What to do with the stored record: write a new version of it, or answer without writing. */
export type Decision = { write: LibraryRecord } | { answer: SaveResult };

const saved = ({ key, revision, savedAt }: LibraryRecord): SaveResult => ({
  ok: true,
  key,
  revision,
  savedAt,
});

/**
 * Structured clone keeps property order, so plain JSON is equal for an intact read-back: a cheap test for a
 * record of hundreds of modules, run after every save. Sorted keys are the fallback, for a store that reorders.
 */
const sameRecord = (a: LibraryRecord, b: LibraryRecord) =>
  JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);

async function verify(db: LibraryDatabase, written: LibraryRecord): Promise<SaveResult> {
  let back: LibraryRecord | undefined;
  try {
    back = await db.get('programmes', written.key);
  } catch (e) {
    return storageFailure(e);
  }
  // Another tab may already have saved on top of this write; it could only do so by naming this revision,
  // so a later revision confirms the write rather than contradicting it.
  if (back && back.revision > written.revision) return saved(written);
  if (back === undefined || !sameRecord(back, written))
    return failure('verify-failed', `Programme ${written.key} did not read back as it was written`);
  return saved(written);
}

/**
 * Reads the record under `key` and writes what `decide` makes of it inside one transaction, so the decision
 * (a revision check above all) cannot be undercut by another tab between the read and the write. After the
 * commit the record is read back and compared, because a save the user is told about must really be there.
 */
export async function commitRecord(
  db: LibraryDatabase,
  key: string,
  decide: (stored: LibraryRecord | undefined) => Decision,
): Promise<SaveResult> {
  const outcome = await transact(db, async (store) => {
    const decision = decide(await store.get(key));
    if ('write' in decision) await store.put(decision.write);
    return decision;
  });
  if (!outcome.ok) return outcome;
  const decision = outcome.value;
  return 'answer' in decision ? decision.answer : verify(db, decision.write);
}
