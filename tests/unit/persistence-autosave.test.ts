import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../src/io/persistence/autosave';
import type { SaveResult } from '../../src/io/persistence/save-result';

const saved = (revision: number): SaveResult => ({ ok: true, key: 'k', revision, savedAt: 'then' });

/** A save that finishes only when the test says so, recording how many run at once. */
function controlledSave() {
  const calls: number[] = [];
  const finishers: (() => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const save = vi.fn((value: number) => {
    calls.push(value);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    return new Promise<SaveResult>((resolve) =>
      finishers.push(() => {
        running -= 1;
        resolve(saved(calls.length));
      }),
    );
  });
  const finishNext = async () => {
    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { save, calls, finishNext, mostAtOnce: () => mostAtOnce };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves once, the last value, 400 ms after the last of many quick edits', async () => {
    const save = vi.fn((_: number) => Promise.resolve(saved(1)));
    const onResult = vi.fn();
    const autosaver = createAutosaver({ save, onResult });
    for (let i = 0; i < 10; i++) {
      autosaver.schedule(i);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 100 ms have passed since the last schedule.
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    expect(autosaver.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([[9]]);
    expect(onResult.mock.calls).toEqual([[saved(1), 9]]);
    expect(autosaver.pending()).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('honours a custom delay', async () => {
    const save = vi.fn((_: string) => Promise.resolve(saved(1)));
    const autosaver = createAutosaver({ delayMs: 50, save, onResult: () => undefined });
    autosaver.schedule('a');
    await vi.advanceTimersByTimeAsync(49);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([['a']]);
  });

  it('never overlaps saves and saves only the newest value after a slow one', async () => {
    const s = controlledSave();
    const onResult = vi.fn();
    const autosaver = createAutosaver({ save: s.save, onResult });
    autosaver.schedule(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(s.calls).toEqual([1]);

    autosaver.schedule(2);
    await vi.advanceTimersByTimeAsync(400);
    autosaver.schedule(3);
    await vi.advanceTimersByTimeAsync(400);
    // Both are due, but the first save is still running.
    expect(s.calls).toEqual([1]);
    expect(autosaver.pending()).toBe(true);

    await s.finishNext();
    expect(s.calls).toEqual([1, 3]);
    await s.finishNext();
    expect(s.mostAtOnce()).toBe(1);
    expect(onResult.mock.calls).toEqual([
      [saved(1), 1],
      [saved(2), 3],
    ]);
    expect(autosaver.pending()).toBe(false);
  });

  it('waits out the delay of a value scheduled during a save that is not yet due', async () => {
    const s = controlledSave();
    const autosaver = createAutosaver({ save: s.save, onResult: () => undefined });
    autosaver.schedule(1);
    await vi.advanceTimersByTimeAsync(400);
    autosaver.schedule(2);
    await vi.advanceTimersByTimeAsync(100);
    await s.finishNext();
    expect(s.calls).toEqual([1]);
    await vi.advanceTimersByTimeAsync(300);
    expect(s.calls).toEqual([1, 2]);
  });

  it('flush saves the pending value at once and resolves when it is stored', async () => {
    const save = vi.fn((_: number) => Promise.resolve(saved(1)));
    const autosaver = createAutosaver({ save, onResult: () => undefined });
    autosaver.schedule(5);
    await autosaver.flush();
    expect(save.mock.calls).toEqual([[5]]);
    expect(autosaver.pending()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush waits for the save in flight, then saves the newest value', async () => {
    const s = controlledSave();
    const autosaver = createAutosaver({ save: s.save, onResult: () => undefined });
    autosaver.schedule(1);
    await vi.advanceTimersByTimeAsync(400);
    autosaver.schedule(2);
    let flushed = false;
    const flushing = autosaver.flush().then(() => (flushed = true));
    await s.finishNext();
    expect(s.calls).toEqual([1, 2]);
    expect(flushed).toBe(false);
    await s.finishNext();
    await flushing;
    expect(flushed).toBe(true);
    expect(autosaver.pending()).toBe(false);
  });

  it('flush with nothing to save resolves at once', async () => {
    const save = vi.fn((_: number) => Promise.resolve(saved(1)));
    const autosaver = createAutosaver({ save, onResult: () => undefined });
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a save that rejects as an unknown failure and goes on saving', async () => {
    const save = vi
      .fn((_: number) => Promise.resolve(saved(2)))
      .mockRejectedValueOnce(new Error('disk on fire'));
    const onResult = vi.fn();
    const autosaver = createAutosaver({ save, onResult });
    autosaver.schedule(1);
    await vi.advanceTimersByTimeAsync(400);
    autosaver.schedule(2);
    await vi.advanceTimersByTimeAsync(400);
    expect(onResult.mock.calls).toEqual([
      [{ ok: false, reason: 'unknown', message: 'disk on fire' }, 1],
      [saved(2), 2],
    ]);
  });

  it('dispose drops the pending value and ignores later schedules', async () => {
    const save = vi.fn((_: number) => Promise.resolve(saved(1)));
    const autosaver = createAutosaver({ save, onResult: () => undefined });
    autosaver.schedule(1);
    autosaver.dispose();
    expect(autosaver.pending()).toBe(false);
    autosaver.schedule(2);
    await vi.advanceTimersByTimeAsync(1000);
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
