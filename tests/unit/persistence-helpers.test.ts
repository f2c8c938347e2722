import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../src/io/persistence/canonical-json';
import { copyId, suffixedTitle } from '../../src/io/persistence/programme-copy';
import { storageFailure } from '../../src/io/persistence/save-result';
import { requestPersistentStorage, storageEstimate } from '../../src/io/persistence/storage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('canonical JSON', () => {
  it('ignores key order at every level but not array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('treats an undefined property as absent, as a JSON round trip does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});

describe('storage failure reasons', () => {
  it('finds a quota overrun behind the AbortError of its transaction', () => {
    expect(
      storageFailure(
        new DOMException('aborted', 'AbortError'),
        new DOMException('full', 'QuotaExceededError'),
      ),
    ).toEqual({ ok: false, reason: 'quota', message: 'QuotaExceededError: full' });
  });

  it('reads a closed connection as unavailable and anything else as unknown', () => {
    expect(storageFailure(new DOMException('closing', 'InvalidStateError'))).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'InvalidStateError: closing',
    });
    expect(storageFailure(new DOMException('bad clone', 'DataCloneError'))).toMatchObject({
      reason: 'unknown',
      message: 'DataCloneError: bad clone',
    });
    expect(storageFailure('odd')).toEqual({ ok: false, reason: 'unknown', message: 'odd' });
  });
});

describe('copies of a programme', () => {
  it('suffixes each language, English for languages without their own suffix', () => {
    const suffix = { en: ' (copy)', ru: ' (копия)' };
    expect(suffixedTitle({ en: 'A', 'ru-RU': 'Б', kk: 'В' }, suffix)).toEqual({
      en: 'A (copy)',
      'ru-RU': 'Б (копия)',
      kk: 'В (copy)',
    });
  });

  it('makes different valid ids from the same id', () => {
    const ids = new Set(Array.from({ length: 20 }, () => copyId('p')));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^p-[a-z0-9]{6}$/);
  });
});

describe('persistent storage', () => {
  const storage = (overrides: Partial<StorageManager>) => vi.stubGlobal('navigator', { storage: overrides });

  it('is granted without asking when the origin already has it', async () => {
    const persist = vi.fn(async () => true);
    storage({ persisted: async () => true, persist });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports what the browser answers, and a refusal by error as denied', async () => {
    storage({ persisted: async () => false, persist: async () => true });
    expect(await requestPersistentStorage()).toBe('granted');
    storage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistentStorage()).toBe('denied');
    storage({ persist: () => Promise.reject(new Error('no')) });
    expect(await requestPersistentStorage()).toBe('denied');
  });

  it('is unsupported without navigator or StorageManager', async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistentStorage()).toBe('unsupported');
    expect(await storageEstimate()).toBeUndefined();
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
    expect(await storageEstimate()).toBeUndefined();
  });

  it('estimates usage and quota when the browser knows both', async () => {
    storage({ estimate: async () => ({ usage: 1200, quota: 5_000_000 }) });
    expect(await storageEstimate()).toEqual({ usage: 1200, quota: 5_000_000 });
    storage({ estimate: async () => ({ usage: 1200 }) });
    expect(await storageEstimate()).toBeUndefined();
    storage({ estimate: () => Promise.reject(new Error('no')) });
    expect(await storageEstimate()).toBeUndefined();
  });
});
