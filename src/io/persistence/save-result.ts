export type FailureReason = 'quota' | 'unavailable' | 'verify-failed' | 'not-found' | 'unknown';

export interface StorageFailure {
  ok: false;
  reason: FailureReason;
  message: string;
}

/** The stored record moved on since the caller read it: nothing was written. */
export interface SaveConflict {
  ok: false;
  reason: 'conflict';
  key: string;
  revision: number;
  savedAt: string;
}

export interface Saved {
  ok: true;
  key: string;
  revision: number;
  savedAt: string;
}

export type SaveResult = Saved | SaveConflict | StorageFailure;

export type WriteResult = { ok: true } | StorageFailure;

export const failure = (reason: FailureReason, message: string): StorageFailure => ({
  ok: false,
  reason,
  message,
});

const nameOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;

export const describeError = (error: unknown): string => {
  const name = nameOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message;
};

/**
 * Maps an IndexedDB failure to a reason the UI can act on. A quota overrun often surfaces as an AbortError
 * on the request while the real cause sits on the transaction, so both are consulted.
 */
export function storageFailure(error: unknown, transactionError?: unknown): StorageFailure {
  const causes = [error, transactionError];
  const quota = causes.find((e) => nameOf(e) === 'QuotaExceededError');
  if (quota) return failure('quota', describeError(quota));
  // A connection closed under us (another tab upgraded the database, or the browser dropped it).
  if (causes.some((e) => nameOf(e) === 'InvalidStateError'))
    return failure('unavailable', describeError(error));
  return failure('unknown', describeError(error));
}
