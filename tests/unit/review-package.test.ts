import { unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalProgramJson,
  createReviewPackage,
  isSafePackagePath,
  packPackage,
  programDigest,
  sha256Hex,
  verifyPackage,
  type PackageFile,
  type VerifyResult,
} from '../../src/io/review-package';
import { AS_OF, hours, indexOf, mod, program, ref } from './helpers/builders';

const text = (s: string) => new TextEncoder().encode(s);
const modules = [
  mod({ id: 'm-safety', outcomes: ['c-safety'], hours: hours(8) }),
  mod({ id: 'm-weld', outcomes: ['c-weld'], prerequisites: ['c-safety'], hours: hours(24) }),
];
const index = indexOf(modules);
const prog = program([[ref('m-safety')], [ref('m-weld')]], { targetCompetencies: ['c-weld'] });
const NOW = new Date('2026-09-01T10:30:00Z');

/** A small package by hand: a programme file and two others, so every byte can be flipped in turn. */
async function smallPackage() {
  const canonical = canonicalProgramJson(prog);
  const files: PackageFile[] = [
    { path: 'programme.json', bytes: text(canonical) },
    { path: 'notes/readme.txt', bytes: text('Read me first.\n') },
    { path: 'curriculum.en.csv', bytes: text('No,Module,Total\n1,Safety,8\n') },
  ];
  const meta = {
    programId: prog.id,
    digest: await sha256Hex(canonical),
    created: NOW.toISOString(),
    langs: ['en'],
  };
  return { files, meta, zip: await packPackage(files, meta) };
}

/** Unzips, changes the entries, zips again (as anyone with a zip tool could). */
function rezip(zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  change(files);
  return zipSync(files as Zippable);
}

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0xff;
  return copy;
};

const problemsOf = (r: VerifyResult) => (r.status === 'tampered' ? r.problems : r.status);

describe('digests', () => {
  it('hashes strings as UTF-8 and bytes as they are', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex('abc')).toBe(abc);
    expect(await sha256Hex(text('abc'))).toBe(abc);
  });

  it('canonical JSON does not depend on key order, and the digest is its hash', async () => {
    const reordered = Object.fromEntries(Object.entries(prog).reverse()) as typeof prog;
    expect(canonicalProgramJson(reordered)).toBe(canonicalProgramJson(prog));
    expect(canonicalProgramJson(prog)).toMatch(/^\{"entryRequirements":\[\],"finalAssessment":/);
    expect(await programDigest(reordered)).toBe(await sha256Hex(canonicalProgramJson(prog)));
  });
});

describe('packPackage and verifyPackage', () => {
  it('round trip: a package as packed verifies and gives back the programme', async () => {
    const { zip, meta } = await smallPackage();
    const r = await verifyPackage(zip);
    expect(r.status).toBe('verified');
    if (r.status !== 'verified') return;
    expect(r.program).toEqual(prog);
    expect(r.manifest).toMatchObject({
      kind: 'review-package',
      schemaVersion: 1,
      programId: 'prog',
      programDigest: meta.digest,
      created: '2026-09-01T10:30:00.000Z',
      langs: ['en'],
    });
    expect(r.manifest.files.map((f) => f.path)).toEqual([
      'curriculum.en.csv',
      'notes/readme.txt',
      'programme.json',
    ]);
    expect(r.manifest.files[1]).toEqual({
      path: 'notes/readme.txt',
      sha256: await sha256Hex('Read me first.\n'),
      size: 15,
    });
    // The manifest comes first in the zip, then the files in path order.
    expect(Object.keys(unzipSync(zip))).toEqual([
      'manifest.json',
      'curriculum.en.csv',
      'notes/readme.txt',
      'programme.json',
    ]);
  });

  it('the same input gives the same bytes, whatever the order of files given or the time zone', async () => {
    const { files, meta, zip } = await smallPackage();
    expect(await packPackage([...files].reverse(), meta)).toEqual(zip);
    const other = await packPackage(files, { ...meta, created: '2026-09-02T10:30:00.000Z' });
    expect(other).not.toEqual(zip);
  });

  it.each(['programme.json', 'notes/readme.txt', 'curriculum.en.csv'])(
    'one byte changed in %s (unzipped, changed, zipped again) is reported as exactly that file',
    async (path) => {
      const { zip, meta } = await smallPackage();
      const changed = rezip(zip, (files) => {
        files[path] = flip(files[path]!, 3);
      });
      const r = await verifyPackage(changed);
      expect(r.status).toBe('tampered');
      const expected = [{ kind: 'changed', path, expected: await sha256Hex(unzipSync(zip)[path]!) }];
      if (path === 'programme.json')
        // A flipped byte here breaks the JSON, so the programme's digest cannot be computed at all.
        expected.push({ kind: 'program-digest', expected: meta.digest, actual: null } as never);
      expect(problemsOf(r)).toMatchObject(expected);
      expect(problemsOf(r)).toHaveLength(expected.length);
    },
  );

  it('a programme edited into other valid JSON is changed and no longer matches the programme digest', async () => {
    const { zip, meta } = await smallPackage();
    const edited = canonicalProgramJson({ ...prog, title: 'A better title' });
    const r = await verifyPackage(rezip(zip, (files) => void (files['programme.json'] = text(edited))));
    expect(problemsOf(r)).toEqual([
      {
        kind: 'changed',
        path: 'programme.json',
        expected: meta.digest,
        actual: await sha256Hex(edited),
      },
      { kind: 'program-digest', expected: meta.digest, actual: await sha256Hex(edited) },
    ]);
  });

  it('a file removed or added is reported by name', async () => {
    const { zip } = await smallPackage();
    const removed = await verifyPackage(rezip(zip, (files) => delete files['notes/readme.txt']));
    expect(problemsOf(removed)).toEqual([{ kind: 'missing', path: 'notes/readme.txt' }]);
    const added = await verifyPackage(rezip(zip, (files) => void (files['extra.pdf'] = text('%PDF'))));
    expect(problemsOf(added)).toEqual([{ kind: 'unexpected', path: 'extra.pdf' }]);
  });

  it('same files zipped again by another tool: every file matches, the container does not', async () => {
    const { zip } = await smallPackage();
    const r = await verifyPackage(rezip(zip, () => {}));
    expect(problemsOf(r)).toEqual([{ kind: 'container' }]);
  });

  it('any byte of the raw zip flipped gives tampered or unreadable, never verified, never a throw', async () => {
    const { zip } = await smallPackage();
    const seen = new Set<string>();
    for (let at = 0; at < zip.byteLength; at++) {
      const r = await verifyPackage(flip(zip, at));
      expect(r.status, `byte ${at}`).not.toBe('verified');
      seen.add(r.status);
    }
    expect([...seen].sort()).toEqual(['tampered', 'unreadable']);
  });

  it('refuses what is not a package, without throwing', async () => {
    const unreadable = async (bytes: Uint8Array) => {
      const r = await verifyPackage(bytes);
      expect(r.status).toBe('unreadable');
      return r.status === 'unreadable' ? r.reason : undefined;
    };
    expect(await unreadable(new Uint8Array(0))).toBe('not-a-zip');
    expect(await unreadable(text('{"kind": "review-package"}'))).toBe('not-a-zip');
    expect(await unreadable(zipSync({ 'programme.json': text('{}') }))).toBe('no-manifest');
    expect(await unreadable(zipSync({ 'manifest.json': text('not json') }))).toBe('invalid-manifest');
    const { zip } = await smallPackage();
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(zip)['manifest.json'])) as {
      schemaVersion: number;
    };
    const newer = rezip(
      zip,
      (f) => void (f['manifest.json'] = text(JSON.stringify({ ...manifest, schemaVersion: 2 }))),
    );
    expect(await unreadable(newer)).toBe('unsupported-version');
    // Bytes added at one end leave the zip readable: tampered, with what it holds still shown.
    const junk = text('JUNKJUNK');
    expect(await verifyPackage(new Uint8Array([...junk, ...zip]))).toMatchObject({
      status: 'tampered',
      problems: [{ kind: 'container', addedBytes: { before: 8, after: 0 } }],
    });
    expect(await verifyPackage(new Uint8Array([...zip, ...junk]))).toMatchObject({
      status: 'tampered',
      problems: [{ kind: 'container', addedBytes: { before: 0, after: 8 } }],
    });
    // At both ends the zip cannot be told from the bytes around it: altered, refused unopened.
    expect(await unreadable(new Uint8Array([...junk, ...zip, ...junk]))).toBe('altered-archive');
  });

  it('refuses traversal paths, too many entries and too much data before extracting anything', async () => {
    const { zip } = await smallPackage();
    const traversal = rezip(zip, (files) => void (files['../x'] = text('x')));
    expect(await verifyPackage(traversal)).toEqual({
      status: 'unreadable',
      reason: 'unsafe-path',
      detail: '../x',
    });
    for (const name of ['/etc/passwd', 'a/../../x', 'c:\\x', 'a\\..\\x', '__proto__'])
      expect(isSafePackagePath(name), name).toBe(false);
    expect(isSafePackagePath('documents/programme.ru.pdf')).toBe(true);

    const many: Zippable = {};
    for (let i = 0; i < 1001; i++) many[`f${i}.txt`] = new Uint8Array(0);
    expect(await verifyPackage(zipSync(many))).toMatchObject({ reason: 'too-many-entries' });

    // 4 MB of zeros deflate to a few KB; declared (as a bomb would) to inflate to 4 GB, it is refused unread.
    const bomb = zipSync({ 'manifest.json': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const central = new DataView(bomb.buffer).getUint32(bomb.byteLength - 6, true);
    new DataView(bomb.buffer).setUint32(central + 24, 0xfffffffe, true);
    expect(await verifyPackage(bomb)).toMatchObject({ reason: 'too-large' });
  });

  it('refuses to pack an unsafe or repeated path', async () => {
    const meta = { programId: 'p', digest: '0'.repeat(64), created: NOW.toISOString(), langs: [] };
    const file = (path: string) => ({ path, bytes: new Uint8Array(0) });
    await expect(packPackage([file('../x')], meta)).rejects.toThrow('../x');
    await expect(packPackage([file('manifest.json')], meta)).rejects.toThrow();
    await expect(packPackage([file('a'), file('a')], meta)).rejects.toThrow();
  });
});

describe('createReviewPackage', () => {
  // Rendering the documents takes a second or two: one package in English, shared by the tests below.
  let pkg: Awaited<ReturnType<typeof createReviewPackage>>;
  beforeAll(async () => {
    pkg = await createReviewPackage(prog, index, { langs: ['en'], asOf: AS_OF, now: NOW });
  });
  const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

  it('packs the canonical programme, its validation report and every document, and verifies', async () => {
    expect(await verifyPackage(pkg.zip)).toMatchObject({ status: 'verified', program: prog });
    expect(pkg.manifest.files.map((f) => f.path)).toEqual([
      'curriculum.en.csv',
      'network-annex.en.docx',
      'network-annex.en.pdf',
      'programme.en.docx',
      'programme.en.pdf',
      'programme.json',
      'validation-report.json',
    ]);
    const files = unzipSync(pkg.zip);
    const canonical = decode(files['programme.json']);
    expect(canonical).toBe(canonicalProgramJson(prog));
    expect(pkg.manifest.programDigest).toBe(await sha256Hex(canonical));
    expect(JSON.parse(decode(files['validation-report.json']))).toEqual({
      files: [{ path: 'programme.json', kind: 'program', diagnostics: [] }],
      summary: { errors: 0, warnings: 0 },
    });
    expect(decode(files['programme.en.pdf']!.subarray(0, 5))).toBe('%PDF-');
    expect(decode(files['curriculum.en.csv'])).toContain('Module m-weld');
  });

  it('the documents carry the programme digest', () => {
    const files = unzipSync(pkg.zip);
    for (const name of ['programme.en.docx', 'network-annex.en.docx']) {
      const word = unzipSync(files[name]!);
      const footers = Object.keys(word).filter((n) => /^word\/footer\d*\.xml$/.test(n));
      expect(footers.length, name).toBeGreaterThan(0);
      for (const f of footers) expect(decode(word[f]), `${name} ${f}`).toContain(pkg.manifest.programDigest);
    }
  });

  it('one byte changed in any file of a real package is reported as exactly that file', async () => {
    for (const { path, sha256 } of pkg.manifest.files) {
      const changed = rezip(pkg.zip, (files) => {
        files[path] = flip(files[path]!, Math.floor(files[path]!.byteLength / 2));
      });
      const problems = problemsOf(await verifyPackage(changed));
      expect(problems, path).toContainEqual({
        kind: 'changed',
        path,
        expected: sha256,
        actual: expect.any(String),
      });
      // programme.json is also the programme: it no longer matches the programme digest either.
      expect(problems, path).toHaveLength(path === 'programme.json' ? 2 : 1);
    }
  });

  it('bytes of the real zip flipped (every 101st) are never verified', async () => {
    for (let at = 0; at < pkg.zip.byteLength; at += 101)
      expect((await verifyPackage(flip(pkg.zip, at))).status, `byte ${at}`).not.toBe('verified');
  });

  it('the validation report lists the programme’s problems in the first language', async () => {
    const broken = program([[ref('m-weld')], [ref('m-safety')]], { targetCompetencies: ['c-weld'] });
    const both = await createReviewPackage(broken, index, { langs: ['ru', 'en'], asOf: AS_OF, now: NOW });
    expect(both.diagnostics.map((d) => d.code)).toEqual(['prereq.order']);
    const report = JSON.parse(decode(unzipSync(both.zip)['validation-report.json'])) as {
      files: { diagnostics: { code: string; message: string }[] }[];
      summary: unknown;
    };
    expect(report.summary).toEqual({ errors: 1, warnings: 0 });
    expect(report.files[0]!.diagnostics[0]!.message).toMatch(/[а-я]/);
    expect(both.manifest.langs).toEqual(['ru', 'en']);
    expect(both.manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'programme.ru.pdf',
        'programme.en.pdf',
        'curriculum.ru.csv',
        'curriculum.en.csv',
      ]),
    );
  });

  it('is the same bytes, documents included, for the same programme made at the same time', async () => {
    const again = await createReviewPackage(structuredClone(prog), index, {
      langs: ['en'],
      asOf: AS_OF,
      now: NOW,
    });
    expect(again.manifest).toEqual(pkg.manifest);
    expect(Buffer.from(again.zip).equals(Buffer.from(pkg.zip))).toBe(true);
    const later = await createReviewPackage(prog, index, {
      langs: ['en'],
      asOf: AS_OF,
      now: new Date(NOW.getTime() + 86_400_000),
    });
    const changed = later.manifest.files
      .filter((f, i) => f.sha256 !== pkg.manifest.files[i]!.sha256)
      .map((f) => f.path);
    // Only the dated documents differ a day later; what was reviewed (programme, report, CSV) does not.
    expect(changed.sort()).toEqual([
      'network-annex.en.docx',
      'network-annex.en.pdf',
      'programme.en.docx',
      'programme.en.pdf',
    ]);
  });
});
