import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, mod, program, ref } from './helpers/builders';
import { cliRunner, scratchDir, writeNetwork } from './helpers/cli';

const { dir, file } = scratchDir('cc-cli-');

const modules = [
  mod({ id: 'm-a', outcomes: ['c-a'] }),
  mod({ id: 'm-b', outcomes: ['c-b'], prerequisites: ['c-a'] }),
];
const { catalogPath: cat, net } = writeNetwork(file, modules);
const good = file('good.json', program([[ref('m-a'), ref('m-b')]], { targetCompetencies: ['c-b'] }));
const misordered = file(
  'misordered.json',
  program([[ref('m-b'), ref('m-a')]], { targetCompetencies: ['c-b'] }),
);

const run = cliRunner({ today: '2026-09-01' });

describe('validate', () => {
  it('exits 0 for a valid programme and prints the exact JSON contract', async () => {
    const r = await run('validate', good, '--catalog', cat, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      files: [{ path: good, kind: 'program', diagnostics: [] }],
      summary: { errors: 0, warnings: 0 },
    });
  });

  it('exits 1 with located, actionable diagnostics', async () => {
    const r = await run('validate', misordered, '--network', net, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      files: [
        {
          path: misordered,
          kind: 'program',
          diagnostics: [
            {
              code: 'prereq.order',
              severity: 'error',
              message:
                '“Module m-b” (m-b) needs C-A “Skill c-a”, which “Module m-a” (m-a) develops only later in the programme.',
              pointer: '/stages/0/items/0',
              moduleId: 'm-b',
              fix: {
                op: 'move-item',
                pointer: '/stages/0/items/0',
                stageId: 's1',
                index: 1,
                after: 'm-a',
                label: 'Move it after “Module m-a” (m-a)',
              },
            },
          ],
        },
      ],
      summary: { errors: 1, warnings: 0 },
    });
  });

  it('prints human output grouped by file, in Russian on request', async () => {
    const r = await run('validate', misordered, good, '--catalog', cat, '--lang', 'ru');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${misordered} (program)\n  ошибка   prereq.order`);
    expect(r.stdout).toContain('исправление: Переставить после модуля');
    expect(r.stdout).toContain(`${good} (program)  замечаний нет`);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 ошибка, 0 предупреждений в 2 файлах');
  });

  it('validates a network manifest and each of its catalogs', async () => {
    const broken = file('broken-net.json', {
      kind: 'network',
      schemaVersion: 1,
      id: 'n2',
      title: 'N',
      catalogs: ['catalog.json', 'missing.json'],
    });
    const r = await run('validate', broken, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { path: string; kind: string }) => [f.path, f.kind])).toEqual([
      [broken, 'network'],
      [join(dir, 'catalog.json'), 'catalog'],
    ]);
    expect(out.files[0].diagnostics[0]).toMatchObject({
      code: 'ref.unknown-catalog',
      pointer: '/catalogs/1',
    });
  });

  it('knows the network’s own catalog however its path is spelled, and a partner’s update by its id', async () => {
    const clean = { errors: 0, warnings: 0 };
    const summary = async (...args: string[]) => JSON.parse((await run(...args, '--json')).stdout).summary;
    // Named again on the command line, as FILE or --catalog, with `./` in it.
    expect(await summary('validate', `${dir}/./catalog.json`, '--network', net)).toEqual(clean);
    expect(await summary('validate', good, '--network', `${dir}/./network.json`, '--catalog', cat)).toEqual(
      clean,
    );
    // Listed twice by the manifest.
    const twice = file('twice.json', {
      ...JSON.parse(readFileSync(net, 'utf8')),
      catalogs: ['catalog.json', './catalog.json'],
    });
    expect(await summary('validate', good, '--network', twice)).toEqual(clean);
    // An update at another path replaces the network's catalog of the same id, as FILE or --catalog.
    const update = file('update.json', catalog([...modules, mod({ id: 'm-c', outcomes: ['c-b'] })]));
    expect(await summary('validate', update, '--network', net)).toEqual(clean);
    expect(await summary('validate', good, '--network', net, '--catalog', update)).toEqual(clean);
  });

  it.each(['2024-02-30', '2026-13-01', '2025-02-29', '1 May'])(
    'refuses --as-of %s, a date that does not exist (exit 2)',
    async (d) => {
      const r = await run('validate', good, '--network', net, '--as-of', d);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`"${d}" is not a date: use YYYY-MM-DD.`);
    },
  );

  it('takes --as-of on a leap day', async () => {
    expect((await run('validate', good, '--network', net, '--as-of', '2024-02-29')).code).toBe(0);
  });

  it.each([['--help'], ['-h'], ['validate', '--help'], ['plan', '-h', '--lang', 'ru']])(
    '%s prints the usage on stdout and exits 0; no command at all is a usage error',
    async (...args) => {
      const r = await run(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/competency-constructor validate /);
      expect(r.stderr).toBe('');
      expect((await run()).code).toBe(2);
    },
  );

  it('reports hostile input as diagnostics with exit 1', async () => {
    const deep = file('deep.json', `${'['.repeat(10000)}${']'.repeat(10000)}`);
    const proto = file('proto.json', '{"kind":"catalog","schemaVersion":1,"id":"c","__proto__":{"x":1}}');
    const future = file('future.json', { kind: 'catalog', schemaVersion: 99, id: 'c' });
    const notJson = file('not.json', 'kind: program');
    const r = await run('validate', deep, proto, future, notJson, '--json');
    expect(r.code).toBe(1);
    expect(
      JSON.parse(r.stdout).files.map((f: { diagnostics: { code: string }[] }) =>
        f.diagnostics.map((d) => d.code),
      ),
    ).toEqual([['json.parse'], ['json.parse'], ['version.unsupported'], ['json.parse']]);
  });

  it('reads no further than it must: a device listed as a catalog, a manifest listing itself, a 25 MB file', async () => {
    const manifest = file('odd-network.json', {
      kind: 'network',
      schemaVersion: 1,
      id: 'n-odd',
      title: { en: 'Odd' },
      catalogs: ['odd-network.json', '/dev/zero'],
    });
    const big = file('big.json', `{"kind":"catalog","pad":"${'x'.repeat(25 * 1024 * 1024)}"}`);
    const r = await run('validate', manifest, big, '--json');
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files as {
      path: string;
      diagnostics: { code: string; message: string }[];
    }[];
    expect(files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}: ${d.message}`)])).toEqual([
      [
        manifest,
        [
          'ref.unknown-catalog: The catalog "/dev/zero" could not be read: not a regular file.',
          'schema: This is a "network" file, but a file of kind catalog was expected.',
        ],
      ],
      [big, ['json.parse: The file is over the 20 MB limit.']],
    ]);
  });

  it.each([
    [['validate', '--bogus', 'x.json'], /^Unknown option --bogus\./],
    [['validate', join(dir, 'nope.json')], /Cannot read .*nope\.json: no such file/],
    [['validate'], /Give at least one FILE/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['validate', good], /is checked against modules: give --network FILE or --catalog FILE/],
    [['validate', good, '--catalog', cat, '--lang', 'de'], /Unknown language "de"/],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage:');
  });
});

describe('the installed command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs']);
  });

  it('prints only JSON on stdout and never a stack trace for bad input', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/competency-constructor.cjs', 'validate', file('bad.json', '{"kind":'), '--json'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ errors: 1, warnings: 0 });
    expect(r.stderr).toBe('');
  });

  it('prints no colour codes when stdout is not a terminal', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/competency-constructor.cjs', 'validate', good, '--catalog', cat],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
  });
});

describe('catalogs published at URLs', () => {
  it('validates a network whose manifest lists a catalog by URL, and reports one that cannot be fetched', async () => {
    const { createServer } = await import('node:http');
    const body = JSON.stringify(catalog(modules));
    const server = createServer((req, res) => {
      if (req.url === '/catalog.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const remote = file('remote-net.json', {
        kind: 'network',
        schemaVersion: 1,
        id: 'remote',
        title: 'Remote',
        catalogs: [`http://127.0.0.1:${port}/catalog.json`, `http://127.0.0.1:${port}/gone.json`],
      });
      const r = await run('validate', good, '--network', remote, '--json');
      const out = JSON.parse(r.stdout);
      expect(out.files.find((f: { path: string }) => f.path === good).diagnostics).toEqual([]);
      expect(
        out.files
          .find((f: { path: string }) => f.path === remote)
          .diagnostics.map((d: { code: string; message: string }) => [d.code, d.message]),
      ).toEqual([
        [
          'ref.unknown-catalog',
          `The catalog "http://127.0.0.1:${port}/gone.json" could not be read: HTTP 404.`,
        ],
      ]);
      expect(r.code).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe('messages in the language asked for, with no English left in Russian', () => {
  it('says what is wrong in broken JSON and where, even where the parser gives no position', async () => {
    const trailingComma = file('comma.json', '{"kind": "program",\n  "stages": [1,2,3,4,5,6,7,8,9,10,]}');
    const lineBreak = file('break.json', '{"kind": "program", "title": "two\nlines"}');
    const messages = async (lang: string) =>
      JSON.parse(
        (await run('validate', trailingComma, lineBreak, '--json', '--lang', lang)).stdout,
      ).files.map((f: { diagnostics: { message: string }[] }) => f.diagnostics[0]!.message);
    expect(await messages('en')).toEqual([
      'Not valid JSON (line 2, column 35): unexpected character "]".',
      'Not valid JSON (line 1, column 34): a string holds a raw control character (write a line break as \\n, a tab as \\t).',
    ]);
    expect(await messages('ru')).toEqual([
      'Это не корректный JSON (строка 2, столбец 35): неожиданный символ «]».',
      'Это не корректный JSON (строка 1, столбец 34): в строке есть управляющий символ (перевод строки записывается как \\n, табуляция — как \\t).',
    ]);
  });

  it.each([
    [['validate', 'nowhere.json'], 'Не удалось прочитать nowhere.json: нет такого файла'],
    [['validate', 'x.json', '--frobnicate'], 'Неизвестный параметр --frobnicate.'],
    [['validate', 'x.json', '--network'], 'Для --network нужно указать значение.'],
    [['validate', 'x.json', '--json=yes'], '--json не принимает значения.'],
  ])('words the usage error of %j in Russian (exit 2)', async (args, message) => {
    const r = await run(...args, '--lang', 'ru');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });
});
