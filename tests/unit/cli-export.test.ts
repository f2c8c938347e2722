import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalProgramJson, sha256Hex } from '../../src/io/review-package';
import { AS_OF, hours, mod, program, ref } from './helpers/builders';
import { cliRunner, installedCli, scratchDir, writeNetwork } from './helpers/cli';

const { dir, file, out } = scratchDir('cc-export-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const modules = [
  mod({ id: 'm-safety', outcomes: ['c-safety'], hours: hours(8) }),
  mod({ id: 'm-weld', outcomes: ['c-weld'], prerequisites: ['c-safety'], hours: hours(24) }),
];
const { net } = writeNetwork(file, modules);
const good = program([[ref('m-safety')], [ref('m-weld')]], { targetCompetencies: ['c-weld'] });
const prog = file('programme.json', good);
const misordered = file(
  'misordered.json',
  program([[ref('m-weld')], [ref('m-safety')]], { targetCompetencies: ['c-weld'] }),
);
const NOW = new Date('2026-09-01T10:30:00Z');

/** The CLI in-process, its clock stopped at NOW. */
const run = cliRunner({ today: AS_OF, now: () => NOW });

/** A copy with one byte's bits inverted. */
const flipped = (bytes: Uint8Array, at: number) => bytes.map((b, i) => (i === at ? b ^ 0xff : b));

const exportZip = (name: string, ...args: string[]) =>
  run('export', prog, '--network', net, '-o', out(name), ...args);

/** Unzips a package, changes its entries, and zips it again under another name. */
function alter(from: string, to: string, change: (files: Record<string, Uint8Array>) => void) {
  const files = unzipSync(readFileSync(from));
  change(files);
  return file(to, zipSync(files));
}

describe('export --format zip', () => {
  it('writes the review package (both languages unless --lang is given) and says what it wrote', async () => {
    const r = await exportZip('p.zip');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const digest = await sha256Hex(canonicalProgramJson(good));
    const size = readFileSync(out('p.zip')).byteLength;
    expect(r.stdout).toBe(
      `Wrote ${out('p.zip')}: review package (ru, en), ${size.toLocaleString('en')} bytes\n` +
        `Programme digest (SHA-256): ${digest}\n`,
    );
    const names = Object.keys(unzipSync(readFileSync(out('p.zip'))));
    expect(names).toEqual(
      expect.arrayContaining(['manifest.json', 'programme.json', 'validation-report.json']),
    );
  });

  it('--json prints what was written, with the manifest’s files and the programme’s counts', async () => {
    const r = await run('export', misordered, '--network', net, '-o', out('m.zip'), '--lang', 'en', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      output: out('m.zip'),
      format: 'zip',
      document: 'package',
      langs: ['en'],
      programDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      summary: { errors: 1, warnings: 0 },
    });
    expect((json.files as { path: string }[]).map((f) => f.path)).toContain('validation-report.json');
  });

  it('a programme with errors is still exported, and the output says so', async () => {
    const r = await run('export', misordered, '--network', net, '-o', out('m2.zip'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The programme has 1 error, 0 warnings (listed in validation-report.json).');
  });

  it('--format wins over the extension of OUT', async () => {
    const r = await exportZip('b.bin', '--format', 'zip', '--lang', 'en');
    expect(r.code).toBe(0);
    expect((await run('verify', out('b.bin'))).code).toBe(0);
  });

  it('prints the diagnostics of a programme file that does not load, and exits 1 without writing', async () => {
    const broken = file('broken.json', '{"kind":');
    const r = await run('export', broken, '--network', net, '-o', out('never.zip'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${broken} (program)\n  error    json.parse`);
    expect(() => readFileSync(out('never.zip'))).toThrow();
    const json = await run('export', broken, '--network', net, '-o', out('never.zip'), '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ error: 'invalid-input', summary: { errors: 1 } });
  });

  it('refuses to write over its own programme, network or catalog, however OUT is spelled (exit 2)', async () => {
    const { catalogPath } = writeNetwork(file, modules);
    const before = readFileSync(prog, 'utf8');
    const dotted = `${dir}/./programme.json`;
    for (const [output, input] of [
      [dotted, prog],
      [net, net],
      [catalogPath, catalogPath],
    ] as const) {
      const r = await run('export', prog, '--network', net, '-o', output, '--format', 'csv');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${output} is ${input}, one of the files read: give another OUT.`);
    }
    expect(readFileSync(prog, 'utf8')).toBe(before);
    const ru = await run('export', prog, '--network', net, '-o', prog, '--format', 'csv', '--lang', 'ru');
    expect(ru.stderr).toContain(`${prog} — это ${prog}, один из читаемых файлов: укажите другой ВЫХОД.`);
  });
});

describe('export pdf, docx and csv', () => {
  const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
  /** The text of a Word document's body. */
  const wordText = (path: string) =>
    text(unzipSync(readFileSync(path))['word/document.xml']).replace(/<[^>]+>/g, '');

  it('the programme document as PDF, in the language asked for, with the programme digest', async () => {
    const r = await exportZip('p.pdf', '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Записан .*p\.pdf: документ программы \(ru\), [\d\s ]+ байт$/);
    expect(text(readFileSync(out('p.pdf')).subarray(0, 5))).toBe('%PDF-');
    const json = await exportZip('p2.pdf', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      format: 'pdf',
      document: 'programme',
      langs: ['en'],
      programDigest: await sha256Hex(canonicalProgramJson(good)),
    });
  });

  it('the programme document or, with --annex, the network annex as Word', async () => {
    expect((await exportZip('p.docx', '--lang', 'ru')).code).toBe(0);
    expect((await exportZip('a.docx', '--lang', 'ru', '--annex')).code).toBe(0);
    expect(wordText(out('p.docx'))).toContain('Общая характеристика программы');
    expect(wordText(out('a.docx'))).toContain('Приложение');
    expect(wordText(out('a.docx'))).not.toContain('Общая характеристика программы');
  });

  it('the curriculum as CSV', async () => {
    const r = await exportZip('c.csv', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'csv', document: 'curriculum', langs: ['en'] });
    const csv = text(readFileSync(out('c.csv')));
    expect(csv).toContain('Module m-safety');
    expect(csv).toContain('\r\n');
  });
});

describe('verify', () => {
  beforeAll(async () => {
    await exportZip('v.zip');
  });

  it('exits 0 for a package as written and says what it holds', async () => {
    const r = await run('verify', out('v.zip'));
    expect(r.code).toBe(0);
    const digest = await sha256Hex(canonicalProgramJson(good));
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      `Verified: ${out('v.zip')}`,
      'Programme prog, packed 2026-09-01T10:30:00.000Z',
      `Programme digest (SHA-256): ${digest}`,
    ]);
    expect(r.stdout).toMatch(/Every file matches the manifest \(\d+ files\)\.\n$/);
  });

  it('--json prints the result without the programme', async () => {
    const r = await run('verify', out('v.zip'), '--json');
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['status', 'manifest']);
    expect(json).toMatchObject({
      status: 'verified',
      manifest: { kind: 'review-package', programId: 'prog' },
    });
  });

  it('names exactly the file that changed, and exits 1', async () => {
    const changed = alter(out('v.zip'), 'changed.zip', (files) => {
      files['validation-report.json'] = flipped(files['validation-report.json']!, 5);
    });
    const r = await run('verify', changed);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Altered: ${changed}`);
    expect(lines.slice(3)).toEqual([
      '  changed     validation-report.json',
      expect.stringMatching(/^ {14}manifest: [0-9a-f]{64}$/),
      expect.stringMatching(/^ {14}file: {5}[0-9a-f]{64}$/),
    ]);
    const json = JSON.parse((await run('verify', changed, '--json')).stdout) as { problems: unknown };
    expect(json.problems).toEqual([
      {
        kind: 'changed',
        path: 'validation-report.json',
        expected: expect.any(String),
        actual: expect.any(String),
      },
    ]);
  });

  it('reports files missing and added, in Russian on request', async () => {
    const edited = alter(out('v.zip'), 'edited.zip', (files) => {
      delete files['validation-report.json'];
      files['notes.txt'] = new TextEncoder().encode('looks fine');
    });
    const r = await run('verify', edited, '--lang', 'ru');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Пакет изменён: ${edited}`);
    expect(r.stdout).toContain('  нет файла  validation-report.json\n');
    expect(r.stdout).toContain('  добавлен   notes.txt (его нет в манифесте)\n');
  });

  it('a file that is not a package is unreadable: exit 1 with the reason', async () => {
    const r = await run('verify', prog);
    expect(r).toEqual({
      code: 1,
      stderr: '',
      stdout: `Not a readable review package: ${prog}\n  It is not a zip file (invalid zip data).\n`,
    });
    const traversal = alter(out('v.zip'), 'traversal.zip', (files) => {
      files['../evil.sh'] = new Uint8Array(1);
    });
    expect(JSON.parse((await run('verify', traversal, '--json')).stdout)).toEqual({
      status: 'unreadable',
      reason: 'unsafe-path',
      detail: '../evil.sh',
    });
  });
});

describe('usage errors', () => {
  it.each([
    [['export', prog, '-o', out('x.zip')], /Give --network FILE/],
    [['export', prog, '--network', net], /Give -o OUT/],
    [['export', '--network', net, '-o', out('x.zip')], /Give one programme FILE/],
    [['export', prog, prog, '--network', net, '-o', out('x.zip')], /Give one programme FILE/],
    [['export', prog, '--network', net, '-o', out('x')], /Unknown format ""/],
    [['export', prog, '--network', net, '-o', out('x.zip'), '--format', 'odt'], /Unknown format "odt"/],
    [['export', prog, '--network', net, '-o', out('x.zip'), '--annex'], /--annex is a document/],
    [['export', prog, '--network', net, '-o', out('x.csv'), '--annex'], /--annex is a document/],
    [['export', prog, '--network', net, '-o', out('x.zip'), '--as-of', 'soon'], /"soon" is not a date/],
    [
      ['export', join(dir, 'nope.json'), '--network', net, '-o', out('x.zip')],
      /Cannot read .*nope\.json: no such file/,
    ],
    [
      ['export', prog, '--network', net, '-o', join(dir, 'no-dir', 'x.zip')],
      /Cannot write .*x\.zip: no such folder/,
    ],
    [['export', prog, '--network', net, '-o', out('x.zip'), '--lang', 'de'], /Unknown language "de"/],
    [['verify'], /Give one PACKAGE/],
    [['verify', prog, prog], /Give one PACKAGE/],
    [['verify', join(dir, 'nope.zip')], /Cannot read .*nope\.zip: no such file/],
    [['verify', dir], /Cannot read .*: is a directory/],
    [['verify', prog, '--as-of', AS_OF], /^Unknown option --as-of\./],
  ])('exits 2: %j', async (args, message) => {
    const r = await run(...args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
    expect(r.stderr).toContain('competency-constructor export FILE --network FILE');
  });
});

describe('the installed export and verify commands', () => {
  const cli = installedCli('test-results/cli-export');

  it('verifies a package, and refuses a damaged one without a stack trace', async () => {
    await exportZip('installed.zip', '--lang', 'en');
    expect(cli('verify', out('installed.zip')).status).toBe(0);
    const bytes = readFileSync(out('installed.zip'));
    const damaged = file('damaged.zip', flipped(bytes, bytes.byteLength - 30));
    const r = cli('verify', damaged);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('exports PDF, Word, CSV and the review package', () => {
    for (const name of ['installed.pdf', 'installed.docx', 'installed.csv', 'installed-cli.zip']) {
      const r = cli('export', prog, '--network', net, '-o', out(name), '--as-of', AS_OF);
      expect(r.stderr, name).toBe('');
      expect(r.status, name).toBe(0);
    }
    expect(cli('verify', out('installed-cli.zip')).status).toBe(0);
    expect(readFileSync(out('installed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
