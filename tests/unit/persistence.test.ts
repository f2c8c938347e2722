import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Program } from '../../src/domain/model';
import { ID_PATTERN } from '../../src/domain/model';
import {
  connectLibraryDatabase,
  openLibrary,
  type Library,
  type LibraryDatabase,
  type LibraryRecord,
  type SavedHistory,
} from '../../src/io/persistence/library-db';

const ref = (module: string) => ({ module, version: '1.0.0' });

const programme = (id = 'p-weld', title: Program['title'] = { en: 'Welding', ru: 'Сварка' }): Program => ({
  kind: 'program',
  schemaVersion: 1,
  id,
  title,
  programType: 'advanced-training',
  targetCompetencies: ['c-weld'],
  entryRequirements: [],
  stages: [
    { id: 'st-1', title: 'Stage 1', items: [ref('m-a'), { choose: 1, of: [ref('m-b'), ref('m-c')] }] },
  ],
  waivers: [],
});

const edited = (program: Program): Program => ({
  ...program,
  stages: program.stages.map((s) => ({ ...s, items: s.items.slice(1) })),
});
const historyOf = (base: Program): SavedHistory => ({
  base,
  edits: [{ op: 'remove-item', pointer: '/stages/0/items/0' }],
  cursor: 1,
});

const opened: Library[] = [];
const dbName = () => `test-${nanoid()}`;
async function library(name = dbName(), connect?: (n: string) => Promise<LibraryDatabase>) {
  const lib = await openLibrary(name, connect);
  opened.push(lib);
  return lib;
}

const at = (iso: string) => vi.setSystemTime(new Date(iso));

afterEach(() => {
  for (const lib of opened.splice(0)) lib.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function created(lib: Library, program = programme()) {
  const r = await lib.create(program);
  if (!r.ok) throw new Error(`create failed: ${JSON.stringify(r)}`);
  return r;
}

describe('the programme library', () => {
  it('creates, lists newest first and reads back whole records', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const lib = await library();
    at('2026-03-01T10:00:00.000Z');
    const first = await lib.create(programme('p-one', 'One'));
    at('2026-03-01T11:00:00.000Z');
    const second = await lib.create({ ...programme('p-two'), programType: 'retraining', stages: [] });

    expect(first).toEqual({
      ok: true,
      key: expect.any(String),
      revision: 1,
      savedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(second).toMatchObject({ ok: true, revision: 1, savedAt: '2026-03-01T11:00:00.000Z' });
    if (!first.ok || !second.ok) throw new Error('expected both saved');
    expect(first.key).not.toBe(second.key);

    expect(await lib.list()).toEqual([
      {
        key: second.key,
        title: { en: 'Welding', ru: 'Сварка' },
        programType: 'retraining',
        savedAt: '2026-03-01T11:00:00.000Z',
        revision: 1,
        modules: 0,
      },
      {
        key: first.key,
        title: 'One',
        programType: 'advanced-training',
        savedAt: '2026-03-01T10:00:00.000Z',
        revision: 1,
        modules: 3,
      },
    ]);
    expect(await lib.get(first.key)).toEqual({
      key: first.key,
      program: programme('p-one', 'One'),
      history: { base: programme('p-one', 'One'), edits: [], cursor: 0 },
      revision: 1,
      savedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(await lib.get('no-such-key')).toBeUndefined();
  });

  it('keeps a given history and saves on top of the expected revision', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const lib = await library();
    at('2026-03-01T10:00:00.000Z');
    const base = programme();
    const { key } = await created(lib, base);
    at('2026-03-01T10:05:00.000Z');
    const next = { program: edited(base), history: historyOf(base) };

    expect(await lib.save(key, next, 1)).toEqual({
      ok: true,
      key,
      revision: 2,
      savedAt: '2026-03-01T10:05:00.000Z',
    });
    expect(await lib.get(key)).toEqual({ key, ...next, revision: 2, savedAt: '2026-03-01T10:05:00.000Z' });
    expect((await lib.list())[0]).toMatchObject({ key, revision: 2, modules: 2 });
  });

  it('answers not-found for a key it does not hold', async () => {
    const lib = await library();
    const content = { program: programme(), history: historyOf(programme()) };
    expect(await lib.save('missing', content, 1)).toEqual({
      ok: false,
      reason: 'not-found',
      message: 'No programme missing in the library',
    });
    expect(await lib.rename('missing', 'X', 1)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await lib.softDelete('missing')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await lib.duplicate('missing', { en: ' (copy)', ru: ' (копия)' })).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });
});

describe('two tabs on the same programme', () => {
  it('refuses a save based on a stale revision and keeps the other tab’s work', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const name = dbName();
    const tabA = await library(name);
    const tabB = await library(name);
    at('2026-03-01T10:00:00.000Z');
    const { key } = await created(tabA);
    const seenByB = await tabB.get(key);
    expect(seenByB?.revision).toBe(1);

    at('2026-03-01T10:01:00.000Z');
    const aWork = { program: edited(programme()), history: historyOf(programme()) };
    expect(await tabA.save(key, aWork, 1)).toMatchObject({ ok: true, revision: 2 });

    at('2026-03-01T10:02:00.000Z');
    const bWork = { program: { ...programme(), title: 'B' }, history: historyOf(programme()) };
    expect(await tabB.save(key, bWork, 1)).toEqual({
      ok: false,
      reason: 'conflict',
      key,
      revision: 2,
      savedAt: '2026-03-01T10:01:00.000Z',
    });
    expect(await tabB.get(key)).toEqual({ key, ...aWork, revision: 2, savedAt: '2026-03-01T10:01:00.000Z' });

    // Having seen the conflict, tab B can knowingly save on top of A's revision.
    expect(await tabB.save(key, bWork, 2)).toMatchObject({ ok: true, revision: 3 });
    expect((await tabA.get(key))?.program.title).toBe('B');
  });
});

/** Stands between the library and the database, altering every programme read outside a transaction. */
const corruptingReads = (db: LibraryDatabase): LibraryDatabase =>
  new Proxy(db, {
    get(target, prop) {
      if (prop === 'get')
        return async (store: 'programmes' | 'meta', key: string) => {
          if (store === 'meta') return target.get(store, key);
          const record = await target.get(store, key);
          return record && { ...record, program: { ...record.program, title: 'garbled' } };
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

describe('read-back verification', () => {
  it('reports verify-failed when the record does not read back as written', async () => {
    const name = dbName();
    const lib = await library(name, async (n) => corruptingReads(await connectLibraryDatabase(n)));
    const r = await lib.create(programme());
    expect(r).toEqual({
      ok: false,
      reason: 'verify-failed',
      message: expect.stringMatching(/^Programme \S+ did not read back as it was written$/),
    });

    const honest = await library(name);
    const [summary] = await honest.list();
    if (!summary) throw new Error('the write itself should have committed');
    const content = { program: edited(programme()), history: historyOf(programme()) };
    expect(await lib.save(summary.key, content, 1)).toMatchObject({ ok: false, reason: 'verify-failed' });
  });

  it('takes a newer revision from another tab between commit and read-back as confirmation', async () => {
    const name = dbName();
    const other = await library(name);
    let raced = false;
    const racing = (db: LibraryDatabase): LibraryDatabase =>
      new Proxy(db, {
        get(target, prop) {
          if (prop === 'get')
            return async (store: 'programmes', key: string) => {
              if (!raced) {
                raced = true;
                const content = { program: edited(programme()), history: historyOf(programme()) };
                expect(await other.save(key, content, 1)).toMatchObject({ ok: true, revision: 2 });
              }
              return target.get(store, key);
            };
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const lib = await library(name, async (n) => racing(await connectLibraryDatabase(n)));
    expect(await lib.create(programme())).toMatchObject({ ok: true, revision: 1 });
    expect(raced).toBe(true);
  });
});

describe('storage failures', () => {
  const quotaOnPut = () =>
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });

  it('maps a full disk to quota and loses nothing already saved', async () => {
    const lib = await library();
    const { key } = await created(lib);
    const before = await lib.get(key);
    const content = { program: edited(programme()), history: historyOf(programme()) };

    const put = quotaOnPut();
    expect(await lib.save(key, content, 1)).toEqual({
      ok: false,
      reason: 'quota',
      message: 'QuotaExceededError: full',
    });
    expect(await lib.create(programme('p-other'))).toMatchObject({ ok: false, reason: 'quota' });
    expect(await lib.get(key)).toEqual(before);
    expect(await lib.list()).toHaveLength(1);

    // Once space is freed the same save goes through on the same revision.
    put.mockRestore();
    expect(await lib.save(key, content, 1)).toMatchObject({ ok: true, revision: 2 });
  });

  it('is unavailable, not broken, where there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const lib = await library();
    const unavailable = {
      ok: false,
      reason: 'unavailable',
      message: 'IndexedDB is not available in this environment',
    };
    const content = { program: programme(), history: historyOf(programme()) };
    expect(lib.available).toBe(false);
    expect(await lib.create(programme())).toEqual(unavailable);
    expect(await lib.save('k', content, 1)).toEqual(unavailable);
    expect(await lib.rename('k', 'X', 1)).toEqual(unavailable);
    expect(await lib.duplicate('k', { en: ' (copy)', ru: ' (копия)' })).toEqual(unavailable);
    expect(await lib.softDelete('k')).toEqual(unavailable);
    expect(await lib.restore('k')).toEqual(unavailable);
    expect(await lib.purgeDeleted(0)).toEqual(unavailable);
    expect(await lib.setLastOpened('k')).toEqual(unavailable);
    expect(await lib.list()).toEqual([]);
    expect(await lib.listDeleted()).toEqual([]);
    expect(await lib.get('k')).toBeUndefined();
    expect(await lib.getLastOpened()).toBeUndefined();
  });

  it('is unavailable when the browser refuses to open the database', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const lib = await library();
    expect(lib.available).toBe(false);
    expect(await lib.create(programme())).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'SecurityError: denied',
    });
  });

  it('is unavailable once its connection is closed', async () => {
    const lib = await library();
    lib.close();
    expect(await lib.create(programme())).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await lib.list()).toEqual([]);
  });
});

describe('library operations', () => {
  const suffix = { en: ' (copy)', ru: ' (копия)' };

  it('duplicates into a new record with a valid id, suffixed titles and a fresh history', async () => {
    const lib = await library();
    const original = await created(lib);
    await lib.save(original.key, { program: edited(programme()), history: historyOf(programme()) }, 1);

    const copy = await lib.duplicate(original.key, suffix);
    expect(copy).toMatchObject({ ok: true, revision: 1 });
    if (!copy.ok) throw new Error('expected a copy');
    expect(copy.key).not.toBe(original.key);

    const record = await lib.get(copy.key);
    const program = record?.program;
    expect(program?.id).toMatch(/^p-weld-[a-z0-9]{6}$/);
    expect(program?.id).toMatch(new RegExp(ID_PATTERN));
    expect(program).toEqual({
      ...edited(programme()),
      id: program?.id,
      title: { en: 'Welding (copy)', ru: 'Сварка (копия)' },
    });
    expect(record?.history).toEqual({ base: program, edits: [], cursor: 0 });
    expect((await lib.get(original.key))?.program.title).toEqual({ en: 'Welding', ru: 'Сварка' });
    expect(await lib.list()).toHaveLength(2);
  });

  it('keeps a copy of a 128-character id within the id pattern and marks a plain title in both languages', async () => {
    const lib = await library();
    const longId = `p${'x'.repeat(127)}`;
    const { key } = await created(lib, programme(longId, 'Welding'));
    const copy = await lib.duplicate(key, suffix);
    if (!copy.ok) throw new Error('expected a copy');
    const program = (await lib.get(copy.key))?.program;
    expect(program?.id).toHaveLength(128);
    expect(program?.id).toMatch(new RegExp(ID_PATTERN));
    expect(program?.title).toEqual({ en: 'Welding (copy)', ru: 'Welding (копия)' });
  });

  it('renames on top of the expected revision and keeps the undo history consistent', async () => {
    const lib = await library();
    const { key } = await created(lib);
    const history = historyOf(programme());
    await lib.save(key, { program: edited(programme()), history }, 1);

    const title = { en: 'Arc welding', ru: 'Дуговая сварка' };
    expect(await lib.rename(key, title, 1)).toMatchObject({ ok: false, reason: 'conflict', revision: 2 });
    expect(await lib.rename(key, title, 2)).toMatchObject({ ok: true, key, revision: 3 });
    const record = await lib.get(key);
    expect(record?.program).toEqual({ ...edited(programme()), title });
    expect(record?.history).toEqual({ ...history, base: { ...programme(), title } });
  });

  it('soft-deletes, restores and purges', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const lib = await library();
    at('2026-03-01T10:00:00.000Z');
    const kept = await created(lib, programme('p-kept'));
    const old = await created(lib, programme('p-old'));
    const recent = await created(lib, programme('p-recent'));

    at('2026-03-01T11:00:00.000Z');
    expect(await lib.softDelete(old.key)).toEqual({
      ok: true,
      key: old.key,
      revision: 1,
      savedAt: '2026-03-01T10:00:00.000Z',
    });
    at('2026-03-01T12:00:00.000Z');
    await lib.softDelete(recent.key);
    expect((await lib.list()).map((s) => s.key)).toEqual([kept.key]);
    expect((await lib.listDeleted()).map((s) => [s.key, s.deletedAt])).toEqual([
      [recent.key, '2026-03-01T12:00:00.000Z'],
      [old.key, '2026-03-01T11:00:00.000Z'],
    ]);

    expect(await lib.restore(recent.key)).toMatchObject({ ok: true, revision: 1 });
    const restored = await lib.get(recent.key);
    expect(restored && 'deletedAt' in restored).toBe(false);
    expect((await lib.list()).map((s) => s.key).sort()).toEqual([kept.key, recent.key].sort());

    await lib.softDelete(recent.key);
    at('2026-03-01T12:30:00.000Z');
    // Only what was deleted at least an hour ago goes for good.
    expect(await lib.purgeDeleted(60 * 60 * 1000)).toEqual({ ok: true, purged: [old.key] });
    expect(await lib.get(old.key)).toBeUndefined();
    expect((await lib.listDeleted()).map((s) => s.key)).toEqual([recent.key]);
  });

  it('remembers the last opened programme and ignores a value of another shape', async () => {
    const name = dbName();
    const lib = await library(name);
    expect(await lib.getLastOpened()).toBeUndefined();
    expect(await lib.setLastOpened('k-1')).toEqual({ ok: true });
    expect(await lib.getLastOpened()).toBe('k-1');

    const raw = await openDB(name);
    await raw.put('meta', { key: 'k-2' }, 'lastOpened');
    raw.close();
    expect(await lib.getLastOpened()).toBeUndefined();
  });

  it('keeps imported catalogs across connections and drops entries of another shape', async () => {
    const name = dbName();
    const lib = await library(name);
    expect(await lib.getImportedCatalogs()).toEqual([]);
    const files = [
      { source: 'partner.json', text: '{"kind":"catalog"}' },
      { source: 'schools-2026.json', text: '{}' },
    ];
    expect(await lib.setImportedCatalogs(files)).toEqual({ ok: true });
    expect(await (await library(name)).getImportedCatalogs()).toEqual(files);

    const raw = await openDB(name);
    await raw.put('meta', [files[0], { source: 3 }, 'junk'], 'importedCatalogs');
    raw.close();
    expect(await lib.getImportedCatalogs()).toEqual([files[0]]);
  });
});

describe('records written by the library', () => {
  it('are plain data that survive a fresh connection unchanged', async () => {
    const name = dbName();
    const lib = await library(name);
    const { key } = await created(lib);
    const raw = await openDB(name);
    const record = (await raw.get('programmes', key)) as LibraryRecord;
    raw.close();
    expect(record).toEqual(await lib.get(key));
  });
});
