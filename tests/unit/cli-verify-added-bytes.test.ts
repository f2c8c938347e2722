import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  canonicalProgramJson,
  packPackage,
  sha256Hex,
  verifyPackage,
  type PackageFile,
} from '../../src/io/review-package';
import { AS_OF, program, ref } from './helpers/builders';
import { cliRunner, scratchDir } from './helpers/cli';

const text = (s: string) => new TextEncoder().encode(s);
const prog = program([[ref('m-safety')]], { targetCompetencies: ['c-safety'] });
const CREATED = '2026-09-01T10:30:00.000Z';
const { file } = scratchDir('cc-verify-bytes-');
const run = cliRunner({ today: AS_OF });

/**
 * A package holding, besides the programme, a zip of its own (as every .docx is) stored last but one: its end
 * record is a second one in the file, with a directory that checks out.
 */
async function packageWithInnerZip() {
  const canonical = canonicalProgramJson(prog);
  const inner = zipSync({ 'word/document.xml': text('<w:document/>') }, { level: 0 });
  const files: PackageFile[] = [
    { path: 'programme.json', bytes: text(canonical) },
    { path: 'programme.en.docx', bytes: inner },
    { path: 'zz-notes.txt', bytes: text('notes\n') },
  ];
  const digest = await sha256Hex(canonical);
  const zip = await packPackage(files, { programId: prog.id, digest, created: CREATED, langs: ['en'] });
  return { zip, digest };
}

const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
};

/** An end-of-central-directory record for an empty zip: what someone appending a fake end would write. */
const emptyEndRecord = () => {
  const record = new Uint8Array(22);
  new DataView(record.buffer).setUint32(0, 0x06054b50, true);
  return record;
};

describe('verify: bytes added around the zip', () => {
  it('bytes appended after the end: tampered with a container problem, and the manifest is still given', async () => {
    const { zip, digest } = await packageWithInnerZip();
    expect((await verifyPackage(zip)).status).toBe('verified');
    const r = await verifyPackage(join(zip, text('\n')));
    expect(r.status).toBe('tampered');
    if (r.status !== 'tampered') return;
    expect(r.problems).toEqual([{ kind: 'container', addedBytes: { before: 0, after: 1 } }]);
    expect(r.manifest).toMatchObject({ programId: prog.id, programDigest: digest, created: CREATED });
  });

  it('bytes prepended, even ones that look like an end record, and a fake end record appended', async () => {
    const { zip } = await packageWithInnerZip();
    expect(await verifyPackage(join(text('XXXXXXXXXX'), zip))).toMatchObject({
      status: 'tampered',
      problems: [{ kind: 'container', addedBytes: { before: 10, after: 0 } }],
    });
    expect(await verifyPackage(join(emptyEndRecord(), zip))).toMatchObject({
      status: 'tampered',
      problems: [{ kind: 'container', addedBytes: { before: 22, after: 0 } }],
    });
    expect(await verifyPackage(join(zip, emptyEndRecord()))).toMatchObject({
      status: 'tampered',
      problems: [{ kind: 'container', addedBytes: { before: 0, after: 22 } }],
    });
  });

  it('a file changed as well as bytes appended: both are reported', async () => {
    const { zip } = await packageWithInnerZip();
    const changed = zip.slice();
    const at = new TextDecoder('latin1').decode(zip).indexOf('notes\n');
    changed[at] = 'N'.charCodeAt(0);
    const r = await verifyPackage(join(changed, text('tail')));
    expect(r).toMatchObject({
      status: 'tampered',
      problems: [
        { kind: 'changed', path: 'zz-notes.txt' },
        { kind: 'container', addedBytes: { before: 0, after: 4 } },
      ],
    });
  });

  it('bytes cut out, cut off, or added at both ends stay unreadable, never the zip stored inside', async () => {
    const { zip } = await packageWithInnerZip();
    const cutMiddle = join(zip.subarray(0, 100), zip.subarray(101));
    const cutEnd = zip.subarray(0, zip.byteLength - 1);
    const bothEnds = join(text('X'), zip, text('X'));
    for (const bytes of [cutMiddle, cutEnd, bothEnds])
      expect(await verifyPackage(bytes)).toEqual({ status: 'unreadable', reason: 'altered-archive' });
  });

  it('verify prints what the package holds and the added bytes, in English and Russian, and exits 1', async () => {
    const { zip, digest } = await packageWithInnerZip();
    const path = file('appended.zip', join(zip, text('\n')));
    expect(await run('verify', path)).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        `Altered: ${path}`,
        `Programme ${prog.id}, packed ${CREATED}`,
        `Programme digest (SHA-256): ${digest}`,
        '  container   the zip itself was altered: extra bytes after its end (1)',
        '',
      ].join('\n'),
    });
    const prepended = file('prepended.zip', join(text('XXXXXXXXXX'), zip));
    expect((await run('verify', prepended, '--lang', 'ru')).stdout).toBe(
      [
        `Пакет изменён: ${prepended}`,
        `Программа ${prog.id}, пакет создан ${CREATED}`,
        `Хеш программы (SHA-256): ${digest}`,
        '  архив      сам zip изменён: лишние байты перед ним (10)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run('verify', path, '--json')).stdout) as Record<string, unknown>;
    expect(json.status).toBe('tampered');
    expect(json.problems).toEqual([{ kind: 'container', addedBytes: { before: 0, after: 1 } }]);
    expect(json.manifest).toMatchObject({ programId: prog.id });
  });
});

describe('verify: a manifest that is not JSON', () => {
  const badManifest = () => file('bad-manifest.zip', zipSync({ 'manifest.json': text('{"kind": x}') }));

  it('is worded in Russian, not with the parser’s English message', async () => {
    expect(await run('verify', badManifest(), '--lang', 'ru')).toEqual({
      code: 1,
      stderr: '',
      stdout: `Это не читаемый пакет для экспертизы: ${badManifest()}\n  Его manifest.json — не корректный JSON.\n`,
    });
  });

  it('and in English; --json gives the detail as a code', async () => {
    const path = badManifest();
    expect((await run('verify', path)).stdout).toBe(
      `Not a readable review package: ${path}\n  Its manifest.json is not valid JSON.\n`,
    );
    expect(JSON.parse((await run('verify', path, '--json')).stdout)).toEqual({
      status: 'unreadable',
      reason: 'invalid-manifest',
      detail: 'not-json',
    });
  });

  it('a manifest with a wrong field names the field in either language', async () => {
    const path = file(
      'no-id.zip',
      zipSync({ 'manifest.json': text('{"kind": "review-package", "schemaVersion": 1}') }),
    );
    expect((await run('verify', path, '--lang', 'ru')).stdout).toBe(
      `Это не читаемый пакет для экспертизы: ${path}\n  Его manifest.json — не манифест пакета для экспертизы (поле «programId» отсутствует или неверно).\n`,
    );
    expect((await run('verify', path)).stdout).toBe(
      `Not a readable review package: ${path}\n  Its manifest.json is not a review package manifest (its field "programId" is missing or wrong).\n`,
    );
    const extra = file(
      'extra-field.zip',
      zipSync({ 'manifest.json': text('{"kind": "review-package", "schemaVersion": 1, "note": 1}') }),
    );
    expect((await run('verify', extra, '--lang', 'ru')).stdout).toBe(
      `Это не читаемый пакет для экспертизы: ${extra}\n  Его manifest.json — не манифест пакета для экспертизы (в нём есть поле, которого export не пишет).\n`,
    );
  });
});
