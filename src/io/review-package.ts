import canonicalize from 'canonicalize';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Diagnostic } from '../domain/diagnostics';
import type { Program } from '../domain/model';
import type { NetworkIndex } from '../domain/network-index';
import { validateProgram } from '../domain/validate';
import { toJson } from './validation-report';
import type { Lang } from '../i18n/lang';
import { FORBIDDEN_KEYS, isJsonObject } from './json-limits';
import { loadKind } from './load';
import { zipEntryTime } from './zip-time';

/**
 * The review package: a frozen programme (`programme.json`, canonical JSON), its validation report and the
 * documents made from it, zipped with a manifest of SHA-256 hashes. A reviewer can prove what was reviewed:
 * the programme's digest is printed in every document footer, and `verifyPackage` says which file, if any,
 * differs from what was packed.
 *
 * Entries are stored, not deflated: the documents inside (PDF, DOCX) are compressed already, stored bytes are
 * hashed as they lie, and the whole zip is a function of its contents alone, so verification can also insist
 * that the container is exactly what `packPackage` writes for them (any altered byte is found, even in zip
 * headers the hashes do not cover).
 */

export const MANIFEST_PATH = 'manifest.json';
export const PROGRAMME_PATH = 'programme.json';
export const VALIDATION_REPORT_PATH = 'validation-report.json';
export const PACKAGE_KIND = 'review-package';
export const PACKAGE_SCHEMA_VERSION = 1;

/** What `verifyPackage` agrees to open: a larger package, or one with more entries, is refused unread. */
export const PACKAGE_LIMITS = { maxTotalBytes: 100 * 1024 * 1024, maxEntries: 1000 } as const;

export interface PackageFile {
  path: string;
  bytes: Uint8Array;
}

export interface ManifestEntry {
  path: string;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  size: number;
}

export interface ReviewManifest {
  kind: typeof PACKAGE_KIND;
  schemaVersion: typeof PACKAGE_SCHEMA_VERSION;
  programId: string;
  /** SHA-256 of the programme's canonical JSON (RFC 8785): the digest printed in document footers. */
  programDigest: string;
  /** ISO 8601 UTC time the package was made. */
  created: string;
  /** Languages of the documents inside. */
  langs: string[];
  /** Every file but the manifest, in path order. */
  files: ManifestEntry[];
}

export interface PackageMeta {
  programId: string;
  digest: string;
  created: string;
  langs: string[];
}

export type PackageProblem =
  | { kind: 'changed'; path: string; expected: string; actual: string }
  | { kind: 'missing'; path: string }
  | { kind: 'unexpected'; path: string }
  /** `actual` is null when programme.json is not JSON that can be canonicalised. */
  | { kind: 'program-digest'; expected: string; actual: string | null }
  /**
   * The zip is not byte for byte what was packed: its headers, entry order or the manifest's own text were
   * altered, or (`addedBytes`) bytes were added in front of the zip or after its end.
   */
  | { kind: 'container'; addedBytes?: { before: number; after: number } };

export type UnreadableReason =
  | 'not-a-zip'
  | 'altered-archive'
  | 'too-large'
  | 'too-many-entries'
  | 'unsafe-path'
  | 'duplicate-entry'
  | 'unsupported-compression'
  | 'no-manifest'
  | 'invalid-manifest'
  | 'unsupported-version'
  | 'invalid-programme';

export type VerifyResult =
  | { status: 'verified'; manifest: ReviewManifest; program: Program }
  | { status: 'tampered'; manifest: ReviewManifest; problems: PackageProblem[] }
  | { status: 'unreadable'; reason: UnreadableReason; detail?: string };

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });
const HEX64 = /^[0-9a-f]{64}$/;

/** The programme as RFC 8785 canonical JSON: the same text for the same content, whatever the key order. */
export function canonicalProgramJson(program: Program): string {
  // An object always serialises to a string; lone surrogates (not allowed by RFC 8785) throw.
  return canonicalize(program) as string;
}

/** Lowercase hex SHA-256 of bytes, or of a string's UTF-8 encoding (Web Crypto: browsers and Node 20). */
export async function sha256Hex(input: Uint8Array | string): Promise<string> {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const view =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', view));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The programme's content digest: SHA-256 of its canonical JSON. */
export const programDigest = (program: Program): Promise<string> => sha256Hex(canonicalProgramJson(program));

/**
 * A relative path inside the package: no absolute paths, drive letters, backslashes, `.` or `..` segments,
 * control characters or keys that could reach an object's prototype. A trailing `/` (a directory entry, as
 * some zip tools write) is allowed only when `directories` is set.
 */
export function isSafePackagePath(path: string, directories = false): boolean {
  if (path.length === 0 || path.length > 255) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(path) || path.startsWith('/')) return false;
  const segments = path.split('/');
  if (directories && path.endsWith('/')) segments.pop();
  return segments.every((s) => s !== '' && s !== '.' && s !== '..' && !FORBIDDEN_KEYS.has(s));
}

const manifestBytes = (manifest: ReviewManifest) => encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The zip of a manifest and files: manifest first, the rest in path order, stored, with one fixed date. */
function zipEntries(manifest: Uint8Array, files: readonly PackageFile[], mtime: Date): Uint8Array {
  const entries: Zippable = Object.create(null) as Zippable;
  entries[MANIFEST_PATH] = manifest;
  for (const f of [...files].sort(byPath)) entries[f.path] = f.bytes;
  return zipSync(entries, { level: 0, mtime });
}

/**
 * Zips files with their manifest. The same files and meta always give the same bytes: order, dates and
 * attributes come from the input alone. Throws on a bad path or date, which only a caller's bug can give.
 */
export async function packPackage(files: readonly PackageFile[], meta: PackageMeta): Promise<Uint8Array> {
  const seen = new Set<string>();
  for (const { path } of files) {
    if (!isSafePackagePath(path) || path === MANIFEST_PATH || seen.has(path))
      throw new Error(`Cannot pack "${path}": not a safe, unique file path`);
    seen.add(path);
  }
  const mtime = zipEntryTime(meta.created);
  if (!mtime) throw new Error(`Cannot pack: "${meta.created}" is not a date`);
  const sorted = [...files].sort(byPath);
  const manifest: ReviewManifest = {
    kind: PACKAGE_KIND,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    programId: meta.programId,
    programDigest: meta.digest,
    created: meta.created,
    langs: [...meta.langs],
    files: await Promise.all(
      sorted.map(async (f) => ({ path: f.path, sha256: await sha256Hex(f.bytes), size: f.bytes.byteLength })),
    ),
  };
  return zipEntries(manifestBytes(manifest), sorted, mtime);
}

/** Thrown inside verification to stop at the first reason a package cannot be read. */
class Unreadable extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

const hasOnlyKeys = (x: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(x).every((k) => keys.includes(k));

/**
 * The detail of an `invalid-manifest`: these two, or the name of the field that is wrong (`programId`, `files`;
 * `programme.json` when the files listed leave it out).
 */
export const MANIFEST_NOT_JSON = 'not-json';
export const MANIFEST_UNKNOWN_FIELD = 'unknown-field';

const MANIFEST_KEYS = ['kind', 'schemaVersion', 'programId', 'programDigest', 'created', 'langs', 'files'];
const ENTRY_KEYS = ['path', 'sha256', 'size'];

function isEntry(x: unknown): x is ManifestEntry {
  return (
    isJsonObject(x) &&
    hasOnlyKeys(x, ENTRY_KEYS) &&
    typeof x.path === 'string' &&
    isSafePackagePath(x.path) &&
    x.path !== MANIFEST_PATH &&
    typeof x.sha256 === 'string' &&
    HEX64.test(x.sha256) &&
    typeof x.size === 'number' &&
    Number.isSafeInteger(x.size) &&
    x.size >= 0
  );
}

/** The manifest, strictly: anything unexpected in it means it was not written by `packPackage`. */
function parseManifest(bytes: Uint8Array): ReviewManifest {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    // The parser's message is English and says nothing a reviewer needs: the manifest is not JSON text.
    throw new Unreadable('invalid-manifest', MANIFEST_NOT_JSON);
  }
  const invalid = (what: string) => new Unreadable('invalid-manifest', what);
  if (!isJsonObject(value) || value.kind !== PACKAGE_KIND) throw invalid('kind');
  if (typeof value.schemaVersion === 'number' && value.schemaVersion > PACKAGE_SCHEMA_VERSION)
    throw new Unreadable('unsupported-version', String(value.schemaVersion));
  if (value.schemaVersion !== PACKAGE_SCHEMA_VERSION) throw invalid('schemaVersion');
  if (!hasOnlyKeys(value, MANIFEST_KEYS)) throw invalid(MANIFEST_UNKNOWN_FIELD);
  if (typeof value.programId !== 'string') throw invalid('programId');
  if (typeof value.programDigest !== 'string' || !HEX64.test(value.programDigest))
    throw invalid('programDigest');
  if (typeof value.created !== 'string' || !zipEntryTime(value.created)) throw invalid('created');
  if (!Array.isArray(value.langs) || !value.langs.every((l) => typeof l === 'string')) throw invalid('langs');
  if (!Array.isArray(value.files) || !value.files.every(isEntry)) throw invalid('files');
  const paths = value.files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) throw invalid('files');
  if (!paths.includes(PROGRAMME_PATH)) throw invalid(PROGRAMME_PATH);
  return value as unknown as ReviewManifest;
}

/**
 * Names, sizes and methods from the central directory, before anything is extracted: limits, paths and
 * duplicates are checked on what the zip declares, so a zip bomb is refused before it is inflated.
 */
function listEntries(zip: Uint8Array): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  unzipSync(zip, {
    filter: (f) => {
      if (names.length >= PACKAGE_LIMITS.maxEntries) throw new Unreadable('too-many-entries');
      // Stored entries are copied at their stored size, deflated ones inflate to at most the declared size.
      total += Math.max(f.size, f.originalSize);
      if (total > PACKAGE_LIMITS.maxTotalBytes) throw new Unreadable('too-large');
      if (!isSafePackagePath(f.name, true)) throw new Unreadable('unsafe-path', f.name);
      if (seen.has(f.name)) throw new Unreadable('duplicate-entry', f.name);
      if (f.compression !== 0 && f.compression !== 8) throw new Unreadable('unsupported-compression', f.name);
      seen.add(f.name);
      names.push(f.name);
      return false;
    },
  });
  return names;
}

const END_RECORD = 0x06054b50;
const END_RECORD_SIZE = 22;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Where the zip lies in the file: all of it, unless bytes were added in front of it or after its end. */
interface ZipSpan {
  start: number;
  end: number;
}

/**
 * Whether the central directory of `entries` entries fills exactly `start + offset` up to the end record at
 * `at`, every entry pointing at a local header: the zip is then whole between `start` and its end record, even
 * when the file holds more.
 */
function directoryHolds(view: DataView, start: number, offset: number, entries: number, at: number): boolean {
  let p = start + offset;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > at || view.getUint32(p, true) !== DIRECTORY_ENTRY) return false;
    const local = start + view.getUint32(p + 42, true);
    if (local + 30 > start + offset || view.getUint32(local, true) !== LOCAL_HEADER) return false;
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return p === at;
}

/**
 * The central directory must end where the end record starts, and the record (with its comment) end the file,
 * as in every zip this app writes. Bytes added in front shift everything (the directory's recorded offset then
 * falls short of where it lies), bytes added at the end trail the record: either way the zip itself is still
 * whole, found by an end record whose directory is where the record says, and it is read from there (the
 * added bytes make the package altered, but what it holds is still shown). Bytes cut out, bytes added at both
 * ends, or a zip that cannot be found whole in the file make it unreadable as altered, rather than for what
 * garbage sizes would declare. A file with no end record is left to the unzipper to refuse.
 */
function locateZip(zip: Uint8Array): ZipSpan {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const last = zip.byteLength - END_RECORD_SIZE;
  let records = 0;
  // The record ends with a comment of up to 64 KB, so it is searched for backwards from the end; added bytes
  // can hold a record of their own, so one whose directory does not check out is passed over.
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_RECORD) continue;
    records++;
    const entries = view.getUint16(at + 10, true);
    const directorySize = view.getUint32(at + 12, true);
    const directoryOffset = view.getUint32(at + 16, true);
    const end = at + END_RECORD_SIZE + view.getUint16(at + 20, true);
    if (end > zip.byteLength) continue;
    // Zip64 keeps the real offset elsewhere; this app never writes it, the unzipper judges it.
    if (directoryOffset === 0xffffffff) return { start: 0, end: zip.byteLength };
    const start = at - directoryOffset - directorySize;
    if (start < 0) continue;
    if (start === 0 && end === zip.byteLength) return { start, end };
    // Added bytes are at one end: a whole zip found between two stretches of bytes is one stored inside the
    // package (a .docx is a zip), not the package.
    const atOneEnd = start === 0 || end === zip.byteLength;
    if (atOneEnd && entries > 0 && directoryHolds(view, start, directoryOffset, entries, at))
      return { start, end };
  }
  if (records > 0) throw new Unreadable('altered-archive');
  return { start: 0, end: zip.byteLength };
}

function extract(zip: Uint8Array): Map<string, Uint8Array> {
  let names: string[];
  let files: Record<string, Uint8Array>;
  try {
    names = listEntries(zip);
    files = unzipSync(zip);
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    throw new Unreadable('not-a-zip', e instanceof Error ? e.message : String(e));
  }
  // Keys checked safe above, so reading them back from fflate's plain object is sound.
  return new Map(names.map((name) => [name, files[name] ?? new Uint8Array(0)]));
}

/** The digest programme.json gives, or null when it is not JSON that canonicalises. */
async function digestOfProgrammeFile(bytes: Uint8Array): Promise<string | null> {
  try {
    return await sha256Hex(canonicalize(JSON.parse(utf8.decode(bytes))) as string);
  } catch {
    return null;
  }
}

async function verify(file: Uint8Array): Promise<VerifyResult> {
  if (file.byteLength > PACKAGE_LIMITS.maxTotalBytes) throw new Unreadable('too-large');
  const span = locateZip(file);
  const zip = file.subarray(span.start, span.end);
  const added = { before: span.start, after: file.byteLength - span.end };
  const entries = extract(zip);
  const manifestFile = entries.get(MANIFEST_PATH);
  if (!manifestFile) throw new Unreadable('no-manifest');
  const manifest = parseManifest(manifestFile);

  const problems: PackageProblem[] = [];
  const listed = new Set<string>([MANIFEST_PATH]);
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const bytes = entries.get(entry.path);
    if (!bytes) {
      problems.push({ kind: 'missing', path: entry.path });
      continue;
    }
    const actual = await sha256Hex(bytes);
    if (actual !== entry.sha256)
      problems.push({ kind: 'changed', path: entry.path, expected: entry.sha256, actual });
  }
  for (const name of [...entries.keys()].sort())
    if (!listed.has(name)) problems.push({ kind: 'unexpected', path: name });
  const programmeFile = entries.get(PROGRAMME_PATH);
  if (programmeFile) {
    const actual = await digestOfProgrammeFile(programmeFile);
    if (actual !== manifest.programDigest)
      problems.push({ kind: 'program-digest', expected: manifest.programDigest, actual });
  }
  // Bytes around the zip are an alteration of their own, whatever the files inside say.
  if (added.before || added.after) problems.push({ kind: 'container', addedBytes: added });
  if (problems.length) return { status: 'tampered', manifest, problems };

  const files = manifest.files.map((f) => ({ path: f.path, bytes: entries.get(f.path)! }));
  const repacked = zipEntries(manifestFile, files, zipEntryTime(manifest.created)!);
  if (!sameBytes(repacked, file)) return { status: 'tampered', manifest, problems: [{ kind: 'container' }] };

  const loaded = loadKind(programmeFile!, 'program');
  if (!loaded.ok) throw new Unreadable('invalid-programme', loaded.diagnostics[0]?.code);
  return { status: 'verified', manifest, program: loaded.value };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Checks a package against its manifest: every listed file's hash, no file missing or added, programme.json
 * against the programme digest, and the zip itself against what `packPackage` writes for those files.
 * Never throws: whatever the bytes, the answer is verified, tampered (with each problem) or unreadable.
 */
export async function verifyPackage(zip: Uint8Array): Promise<VerifyResult> {
  try {
    return await verify(zip);
  } catch (e) {
    if (e instanceof Unreadable)
      return { status: 'unreadable', reason: e.reason, ...(e.detail !== undefined && { detail: e.detail }) };
    return { status: 'unreadable', reason: 'not-a-zip', detail: e instanceof Error ? e.message : String(e) };
  }
}

export interface ReviewPackageOptions {
  /** Languages of the documents, in order; the validation report speaks the first. */
  langs: Lang[];
  /** The date module validity windows are checked against (YYYY-MM-DD). */
  asOf: string;
  now: Date;
}

export interface ReviewPackage {
  zip: Uint8Array;
  manifest: ReviewManifest;
  diagnostics: Diagnostic[];
}

/** The documents a programme is exported as: what each is, and the formats it comes in. */
export const DOCUMENT_FORMATS = {
  programme: ['pdf', 'docx'],
  annex: ['pdf', 'docx'],
  curriculum: ['csv'],
} as const;
export type DocumentKind = keyof typeof DOCUMENT_FORMATS;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[DocumentKind][number];

export interface DocumentRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  lang: Lang;
  /** The programme's diagnostics (the programme document ends with them). */
  diagnostics: Diagnostic[];
  /** The programme digest, printed on the title page and in page footers. */
  digest: string;
  /** The date the document is made for (YYYY-MM-DD); its year is the title page's. */
  asOf: string;
  /** When it is made: PDF and DOCX files record it, and are the same bytes for the same document and time. */
  created: Date;
}

/**
 * One document of the programme as bytes. Document builders and renderers are loaded on demand, so the
 * CLI's other commands and the app's first load do without them.
 */
export async function renderProgrammeDocument(
  program: Program,
  index: NetworkIndex,
  request: DocumentRequest,
): Promise<Uint8Array> {
  const { kind, format, lang, diagnostics, digest, asOf, created } = request;
  if (!(DOCUMENT_FORMATS[kind] as readonly string[]).includes(format))
    throw new Error(`The ${kind} document does not come as ${format}`);
  if (kind === 'curriculum')
    return encoder.encode((await import('./documents/curriculum-csv')).curriculumCsv(program, index, lang));
  const { PROGRAMME_STRINGS, ANNEX_STRINGS } = await import('../i18n/documents');
  const options = { digest, asOf };
  const doc =
    kind === 'annex'
      ? (await import('../domain/documents/network-annex')).networkAnnex(
          program,
          index,
          lang,
          ANNEX_STRINGS[lang],
          options,
        )
      : (await import('../domain/documents/programme-document')).programmeDocument(
          program,
          index,
          diagnostics,
          lang,
          PROGRAMME_STRINGS[lang],
          options,
        );
  return format === 'pdf'
    ? (await import('./documents/pdf')).renderPdf(doc, created)
    : (await import('./documents/docx')).renderDocx(doc, created);
}

/** Every document, in every language, as package files: `programme.<lang>.pdf` and so on. */
async function documentFiles(
  program: Program,
  index: NetworkIndex,
  request: Omit<DocumentRequest, 'kind' | 'format' | 'lang'>,
  langs: readonly Lang[],
): Promise<PackageFile[]> {
  const files: PackageFile[] = [];
  for (const lang of langs)
    for (const kind of Object.keys(DOCUMENT_FORMATS) as DocumentKind[])
      for (const format of DOCUMENT_FORMATS[kind]) {
        const name = kind === 'annex' ? 'network-annex' : kind;
        const bytes = await renderProgrammeDocument(program, index, { ...request, kind, format, lang });
        files.push({ path: `${name}.${lang}.${format}`, bytes });
      }
  return files;
}

const jsonFile = (path: string, value: unknown): PackageFile => ({
  path,
  bytes: encoder.encode(`${JSON.stringify(value, null, 2)}\n`),
});

/**
 * Validates the programme and packs it with its validation report (the CLI's `--json` shape for one file)
 * and, for each language, its documents: `programme.<lang>.pdf|docx`, `network-annex.<lang>.pdf|docx` and
 * `curriculum.<lang>.csv`. The documents carry the programme digest in their footers. Every file and the zip are
 * dated `now`, so the same programme, network and options always give the same bytes.
 */
export async function createReviewPackage(
  program: Program,
  index: NetworkIndex,
  options: ReviewPackageOptions,
): Promise<ReviewPackage> {
  const langs = [...new Set(options.langs)];
  if (langs.length === 0) throw new Error('A review package needs at least one language');
  const diagnostics = validateProgram(program, index, { asOf: options.asOf });
  const canonical = canonicalProgramJson(program);
  const digest = await sha256Hex(canonical);
  const report = { path: PROGRAMME_PATH, kind: 'program' as const, diagnostics };
  const files: PackageFile[] = [
    { path: PROGRAMME_PATH, bytes: encoder.encode(canonical) },
    jsonFile(VALIDATION_REPORT_PATH, toJson([report], langs[0]!, index)),
    ...(await documentFiles(
      program,
      index,
      { diagnostics, digest, asOf: options.asOf, created: options.now },
      langs,
    )),
  ];
  const created = options.now.toISOString();
  const zip = await packPackage(files, { programId: program.id, digest, created, langs });
  const verified = await verifyPackage(zip);
  // Read back what was written: a package that does not verify must never leave this function.
  if (verified.status !== 'verified')
    throw new Error(`The package written does not verify: ${verified.status}`);
  return { zip, manifest: verified.manifest, diagnostics };
}
