export type PersistOutcome = 'granted' | 'denied' | 'unsupported';

// Node before 21 and some embedded browsers have no navigator or no StorageManager.
const storageManager = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/**
 * Asks the browser not to evict the library under storage pressure. Browsers may grant silently, ask the
 * user, or refuse; a refusal still leaves best-effort storage, so the caller only informs the user.
 */
export async function requestPersistentStorage(): Promise<PersistOutcome> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { usage, quota };
  } catch {
    return undefined;
  }
}
