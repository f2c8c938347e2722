import { describeError, failure, type SaveResult } from './save-result';

export interface AutosaverOptions<T> {
  delayMs?: number;
  save: (value: T) => Promise<SaveResult>;
  onResult: (result: SaveResult, value: T) => void;
}

export interface Autosaver<T> {
  /** Saves `value` once `delayMs` pass without another call; only the latest value is ever saved. */
  schedule(value: T): void;
  /** Saves the pending value now and resolves when no save is in flight (for `pagehide`). */
  flush(): Promise<void>;
  /** A value waits to be saved or a save is in flight: leaving now could lose work. */
  pending(): boolean;
  /** Stops the timer and drops the pending value; call `flush()` first to keep it. */
  dispose(): void;
}

/**
 * A trailing debounce with one save at a time: two overlapping saves of the same programme would race on
 * its revision and the second would come back as a conflict with ourselves.
 */
export function createAutosaver<T>({ delayMs = 400, save, onResult }: AutosaverOptions<T>): Autosaver<T> {
  let latest: { value: T } | undefined;
  // The latest value has waited out its delay and goes as soon as no save is in flight.
  let due = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let disposed = false;

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const saveOne = async (value: T) => {
    let result: SaveResult;
    try {
      result = await save(value);
    } catch (e) {
      result = failure('unknown', describeError(e));
    }
    onResult(result, value);
  };

  const startDue = () => {
    if (inFlight || !due || !latest) return;
    const { value } = latest;
    latest = undefined;
    due = false;
    inFlight = saveOne(value).finally(() => {
      inFlight = undefined;
      startDue();
    });
  };

  return {
    schedule(value) {
      if (disposed) return;
      latest = { value };
      due = false;
      stopTimer();
      timer = setTimeout(() => {
        timer = undefined;
        due = true;
        startDue();
      }, delayMs);
    },
    async flush() {
      stopTimer();
      if (latest) due = true;
      startDue();
      // A save that finishes starts the next due one before this loop looks again.
      while (inFlight) await inFlight;
    },
    pending: () => latest !== undefined || inFlight !== undefined,
    dispose() {
      disposed = true;
      stopTimer();
      latest = undefined;
      due = false;
    },
  };
}
