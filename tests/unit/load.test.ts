import { renderDiagnostics } from '../../src/i18n/render-diagnostic';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile, loadKind } from '../../src/io/load';
import { MAX_FILE_BYTES } from '../../src/io/json-limits';
import type { MigrationRegistry } from '../../src/io/migrations';

const program = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'program',
    schemaVersion: 1,
    id: 'p',
    title: 'P',
    programType: 'retraining',
    ...extra,
  });
const only = (r: ReturnType<typeof loadFile>) =>
  r.diagnostics.map((d) => [d.code, d.pointer, d.params.detail ?? d.params.keyword]);

describe('loadFile', () => {
  it('loads a valid programme and fills the defaults the model declares', () => {
    const r = loadFile(program());
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.kind !== 'program') throw new Error('expected a programme');
    expect(r.value).toMatchObject({ stages: [], targetCompetencies: [], entryRequirements: [], waivers: [] });
  });

  it('reads bytes, with or without a UTF-8 byte order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${program({ title: { ru: 'Сварка' } })}`);
    expect(loadFile(bytes).ok).toBe(true);
  });

  it('reports text that is not JSON with its line and column', () => {
    const r = loadFile('{\n  "kind": "program",\n  oops\n}');
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'json.parse',
      severity: 'error',
      pointer: '',
      params: { line: 3, column: 3 },
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(only(loadFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual([
      ['json.parse', '', 'not UTF-8 text'],
    ]);
    // UTF-16 without a byte-order mark is valid UTF-8 byte by byte (a NUL beside each letter): the encoding
    // is what is wrong, not the syntax at line 1.
    const utf16 = new Uint8Array(Buffer.from(program(), 'utf16le'));
    expect(only(loadFile(utf16))).toEqual([['json.parse', '', 'not UTF-8 text']]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    const r = loadFile(huge);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'json.parse',
      params: { detail: 'too-large', total: MAX_FILE_BYTES + 1 },
    });
  });

  it('refuses a 50 MB file quickly', () => {
    const big = `[${'1,'.repeat(25 * 1024 * 1024)}1]`;
    expect(loadFile(big).diagnostics[0]!.params.detail).toBe('too-large');
  });

  it('refuses 10,000 levels of nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const r = loadFile(deep);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'json.parse', params: { detail: 'too-deep', limit: 64 } });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, even escaped', (key) => {
    const escaped = key.replace('_', '\\u005f');
    const text = `{"kind":"program","schemaVersion":1,"stages":[{"x":{"${escaped}":{"polluted":true}}}]}`;
    expect(only(loadFile(text))).toEqual([['json.parse', `/stages/0/x/${key}`, 'forbidden-key']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // The loader walks a file for forbidden keys only when the schema refuses it: this proves no such key can
  // pass the schema, wherever it is planted in a real file (every object, of every sample file).
  it('refuses a forbidden key planted in any object of any sample file', () => {
    const files = [
      'fixtures/sample/network.json',
      ...readdirSync('fixtures/sample/catalogs').map((f) => `fixtures/sample/catalogs/${f}`),
      ...readdirSync('fixtures/sample/programmes').map((f) => `fixtures/sample/programmes/${f}`),
      'fixtures/review/draft-welder-comments.json',
    ];
    let planted = 0;
    for (const file of files) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const objects: Record<string, unknown>[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v !== null && typeof v === 'object') {
          objects.push(v as Record<string, unknown>);
          Object.values(v).forEach(walk);
        }
      };
      walk(doc);
      // Every object of small files; a spread of a large catalog's, first and last included.
      const step = Math.max(1, Math.floor(objects.length / 60));
      for (let i = 0; i < objects.length; i += step)
        for (const key of ['__proto__', 'constructor', 'prototype']) {
          const target = objects[i]!;
          Object.defineProperty(target, key, { value: 1, enumerable: true, configurable: true });
          const r = loadFile(JSON.stringify(doc));
          delete target[key];
          planted++;
          expect(r.ok, `${file}: ${key} in object ${i}`).toBe(false);
          expect(r.diagnostics.map((d) => d.params.detail)).toContain('forbidden-key');
        }
    }
    expect(planted).toBeGreaterThan(1000);
  });

  it('refuses half a character (a lone surrogate escape), where it is, and keeps whole escaped characters', () => {
    const r = loadFile(program({ title: { en: 'CNC \ud800 operator' } }).replace('\ud800', '\\ud800'));
    expect(only(r)).toEqual([['json.parse', '/title/en', 'lone-surrogate']]);
    expect(renderDiagnostics(r.diagnostics, 'en')[0]!.message).toBe(
      'This text holds half of a character (a lone \\u surrogate escape such as \\ud800), which no document can show: remove it or write the whole character.',
    );
    expect(renderDiagnostics(r.diagnostics, 'ru')[0]!.message).toMatch(/^В этом тексте половина символа/);
    expect(only(loadFile(program({ title: 'x' }).replace('"x"', '"\\udc00x"')))).toEqual([
      ['json.parse', '/title', 'lone-surrogate'],
    ]);
    expect(loadFile(program({ title: 'x' }).replace('"x"', '"\\ud83d\\ude00 ok"')).ok).toBe(true);
  });

  it('names the kind it expected when given the wrong kind of file', () => {
    const r = loadKind(JSON.stringify({ kind: 'catalog', schemaVersion: 1, id: 'c' }), 'program');
    expect(r.diagnostics[0]).toMatchObject({
      code: 'schema',
      pointer: '/kind',
      params: { kind: 'catalog', expected: 'program' },
    });
  });

  it.each([['[]'], ['"text"'], ['null'], ['42']])('refuses %s as not an object', (text) => {
    expect(only(loadFile(text))).toEqual([['schema', '', 'not-an-object']]);
  });

  it('says a CASE framework is one, and where it can be used, instead of only that its kind is missing', () => {
    const framework = readFileSync('../shared/samples/case/smart-level-framework.json');
    const r = loadFile(framework);
    expect(r.diagnostics.map((d) => [d.code, d.pointer, d.params.kind])).toEqual([
      ['schema', '/kind', 'case'],
    ]);
    expect(renderDiagnostics(r.diagnostics, 'en')[0]!.message).toMatch(
      /^This is a CASE competency framework, not one of this app’s files: import it in the editor \(Import\)/,
    );
  });

  it('refuses a future schemaVersion with version.unsupported', () => {
    const r = loadFile(program({ schemaVersion: 7 }));
    expect(r.diagnostics).toEqual([
      {
        code: 'version.unsupported',
        severity: 'error',
        pointer: '/schemaVersion',
        params: { found: 7, supported: 1 },
      },
    ]);
  });

  it('migrates an older version through the registry (a fake v0 renames a field)', () => {
    const registry: MigrationRegistry = {
      program: {
        0: ({ targets, ...rest }) => ({ ...rest, targetCompetencies: targets }),
      },
    };
    const v0 = program({ schemaVersion: 0, targets: ['c-1'] });
    const r = loadFile(v0, { migrations: registry });
    expect(r.ok).toBe(true);
    if (r.ok && r.value.kind === 'program')
      expect(r.value).toMatchObject({ schemaVersion: 1, targetCompetencies: ['c-1'] });
    // Without a migration the old file is refused with a clear reason rather than misread.
    expect(only(loadFile(v0))).toEqual([['version.unsupported', '/schemaVersion', 'no-migration']]);
  });

  it('says a misspelt property once, at itself, with the name it was meant to be', () => {
    const r = loadFile(
      program({
        stages: [
          { id: 's', title: 'S', items: [{ module: 'm-a', verison: '1.0.0' }] },
          { id: 't', title: 'T', items: [], Title: 'x' },
        ],
        programType: undefined,
        progamType: 'retraining',
      }),
    );
    expect(r.diagnostics.map((d) => [d.pointer, d.params.keyword, d.params.kind, d.params.expected])).toEqual(
      [
        ['/progamType', 'additionalProperties', 'progamType', 'programType'],
        ['/stages/0/items/0/verison', 'additionalProperties', 'verison', 'version'],
        ['/stages/1/Title', 'additionalProperties', 'Title', undefined],
      ],
    );
    expect(renderDiagnostics(r.diagnostics.slice(1, 2), 'en')[0]!.message).toBe(
      'Does not match the schema (additionalProperties): unknown property "verison" (did you mean "version"?).',
    );
    expect(renderDiagnostics(r.diagnostics.slice(1, 2), 'ru')[0]!.message).toBe(
      'Лишнее поле «verison»: в схеме такого нет. Возможно, имелось в виду «version».',
    );
  });

  it('suggests a name only when the rename alone would make the item valid', () => {
    const item = (x: object) => program({ stages: [{ id: 's', title: 'S', items: [x] }] });
    const suggested = (x: object) => loadFile(item(x)).diagnostics.map((d) => d.params.expected);
    expect(suggested({ choose: 1, off: [] })).toEqual(['of']);
    // A module reference with a stray property is no misspelt elective group (that would still lack "of").
    const stray = loadFile(item({ module: 'm-a', version: '1.0.0', chooses: 2 })).diagnostics;
    expect(stray.map((d) => [d.pointer, d.params.keyword, d.params.expected])).toEqual([
      ['/stages/0/items/0', 'anyOf', undefined],
    ]);
  });

  it('lists the properties one object lacks in one diagnostic', () => {
    const r = loadFile(program({ stages: [{ id: 's', title: 'S', items: [{ choose: 1, of: [{}] }] }] }));
    expect(r.diagnostics.map((d) => [d.pointer, d.params.keyword, d.params.kind, d.params.count])).toEqual([
      ['/stages/0/items/0/of/0', 'required', 'module, version', 2],
    ]);
    expect(renderDiagnostics(r.diagnostics, 'en')[0]!.message).toBe(
      'Does not match the schema (required): missing properties "module", "version".',
    );
    expect(renderDiagnostics(r.diagnostics, 'ru')[0]!.message).toBe(
      'Нет обязательных полей «module», «version».',
    );
  });

  it('reports one schema diagnostic per problem with the keyword, capped', () => {
    const r = loadFile(
      program({
        programType: 'nope',
        stages: [{ id: 'BAD ID', title: '', items: [{ module: 'x' }] }],
        extra: 1,
      }),
    );
    expect(r.diagnostics.map((d) => [d.pointer, d.params.keyword, d.params.detail])).toEqual([
      ['/extra', 'additionalProperties', 'unknown property "extra"'],
      ['/programType', 'enum', 'must be one of "advanced-training", "retraining", "vocational-training"'],
      ['/stages/0/id', 'pattern', 'must match pattern "^[a-z0-9][a-z0-9._-]{0,127}$"'],
      ['/stages/0/title', 'minLength', 'must NOT have fewer than 1 characters'],
      [
        '/stages/0/items/0',
        'anyOf',
        'missing property "version"; or missing property "choose"; or missing property "of"; or unknown property "module"',
      ],
    ]);
    // The same problems in Russian, from each keyword's facts, unions alternative by alternative.
    expect(renderDiagnostics(r.diagnostics, 'ru').map((d) => d.message)).toEqual([
      'Лишнее поле «extra»: в схеме такого нет.',
      'Значение должно быть одним из: "advanced-training", "retraining", "vocational-training".',
      'Значение должно быть идентификатором: строчные латинские буквы, цифры, «.», «_» или «-», в начале буква или цифра (не длиннее 128).',
      'Строка должна быть не короче 1 символа.',
      'Значение не подходит ни под один вариант: нет обязательного поля «version»; или нет обязательного поля «choose»; или нет обязательного поля «of»; или лишнее поле «module»: в схеме такого нет.',
    ]);
    expect(renderDiagnostics(r.diagnostics, 'en')[2]!.message).toBe(
      'Does not match the schema (pattern): must be an id: lower-case Latin letters, digits, ".", "_" or "-", starting with a letter or digit (at most 128).',
    );
    const typed = loadFile(program({ stages: [{ id: 's', title: { en: 'S' }, items: 'none' }] }));
    expect(renderDiagnostics(typed.diagnostics, 'ru').map((d) => [d.pointer, d.message])).toEqual([
      ['/stages/0/items', 'Значение должно быть списком (массивом).'],
    ]);
    // Every keyword is worded in both languages, since the validators carry no messages of their own.
    const titled = loadFile(program({ title: {}, stages: [{ id: 's', title: { xx_1: 'S' }, items: [] }] }));
    expect(titled.diagnostics.map((d) => [d.pointer, d.params.detail])).toEqual([
      ['/title', 'must NOT have fewer than 1 properties'],
      ['/stages/0/title', 'property name "xx_1" must match pattern "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"'],
    ]);
    expect(renderDiagnostics(titled.diagnostics, 'en').map((d) => d.message)).toEqual([
      'Does not match the schema (minProperties): must NOT have fewer than 1 properties.',
      'Does not match the schema (propertyNames): property name "xx_1" must be a language tag such as "en", "ru" or "en-GB".',
    ]);
    expect(renderDiagnostics(titled.diagnostics, 'ru').map((d) => d.message)).toEqual([
      'В объекте должно быть не меньше 1 поля.',
      'Имя поля «xx_1» здесь недопустимо: оно должно быть кодом языка, например «en», «ru» или «en-GB».',
    ]);
    const many = program({ targetCompetencies: Array.from({ length: 500 }, (_, i) => `BAD ${i}`) });
    const capped = loadFile(many).diagnostics;
    expect(capped).toHaveLength(51);
    expect(capped[50]!.params).toMatchObject({ keyword: 'limit', count: 450 });
  });

  it('never throws, whatever bytes it is given', () => {
    const samples = [
      '',
      ' ',
      '{',
      '{"kind":1}',
      '{"kind":"program"}',
      '{"kind":"program","schemaVersion":"1"}',
      '\u0000',
      '{"a":'.repeat(200),
    ];
    for (let i = 0; i < 200; i++)
      samples.push(
        String.fromCharCode(...Array.from({ length: 40 }, (_, j) => ((i * 31 + j * 17) % 95) + 32)),
      );
    for (const s of samples) {
      const r = loadFile(s);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });
});
