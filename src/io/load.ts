import { diagnostic, type Diagnostic } from '../domain/diagnostics';
import type { FileKind, FileOfKind } from '../domain/model';
import type { Salvage } from '../domain/network-index';
import { FILE_KINDS } from '../domain/model/patterns';
import { isCasePackage } from './case-shape';
import {
  checkJsonShape,
  isJsonObject,
  lineColumn,
  loneSurrogate,
  MAX_DEPTH,
  MAX_FILE_BYTES,
} from './json-limits';
import { CURRENT_SCHEMA_VERSION, migrate, MIGRATIONS, type MigrationRegistry } from './migrations';
import { markLeftOut, salvageCatalog } from './salvage';
import { describeSchemaErrors, schemaErrors } from './schema-validate';

export type LoadResult<K extends FileKind = FileKind> =
  | {
      ok: true;
      kind: K;
      value: FileOfKind[K];
      /** Empty, unless a salvaged catalog: then the schema's errors about the items left out. */
      diagnostics: Diagnostic[];
      salvage?: Salvage;
    }
  | { ok: false; kind?: FileKind; diagnostics: Diagnostic[] };

export interface LoadOptions {
  /** Kinds the caller can use; anything else is reported as a schema problem. */
  expect?: readonly FileKind[];
  migrations?: MigrationRegistry;
  maxBytes?: number;
  maxDepth?: number;
  /**
   * Keep a catalog whose only schema failures lie inside some of its items, without those items (a network's
   * catalog: one bad module should not take the others down). An import the user chose is refused instead.
   */
  salvage?: boolean;
}

const fail = (d: Diagnostic, kind?: FileKind): LoadResult<never> => ({ ok: false, kind, diagnostics: [d] });
const isFileKind = (k: unknown): k is FileKind =>
  typeof k === 'string' && (FILE_KINDS as readonly string[]).includes(k);
const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(input: string | Uint8Array): string | Diagnostic {
  if (typeof input === 'string') return input;
  try {
    return decoder.decode(input);
  } catch {
    return diagnostic('json.parse', 'error', '', { detail: 'not UTF-8 text' });
  }
}

function parse(text: string): unknown | Diagnostic {
  // Positions are counted in the text the parser read: after a byte-order mark, which no editor shows as a column.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (e) {
    // UTF-16 without a byte-order mark decodes as "UTF-8" with a NUL beside every Latin letter: the encoding
    // is to fix, not a syntax error at line 1, column 2. (One stray NUL is a syntax error like any other.)
    if (looksUtf16(json)) return diagnostic('json.parse', 'error', '', { detail: 'not UTF-8 text' });
    const message = e instanceof Error ? e.message : String(e);
    const at = errorPosition(message, json);
    const where = at === undefined ? {} : lineColumn(json, at);
    return diagnostic('json.parse', 'error', '', { detail: message, ...syntaxReason(message), ...where });
  }
}

/** At least a quarter NULs in the first 64 characters: text written in UTF-16 and read as UTF-8. */
function looksUtf16(text: string): boolean {
  const head = text.slice(0, 64);
  return head.split('\u0000').length - 1 >= head.length / 4;
}

/**
 * Where the parser stopped. V8 gives "position N", except for an unexpected token, where it quotes the text
 * around it instead: `..."ten before, ten after"...`, cut short at either end of the file. The quote can occur
 * more than once (a line repeated inside a string, say), so each place it occurs is a candidate, as is, when the
 * quote cannot be found, each place the token occurs; the parser stopped at the first candidate it cannot read
 * past (see `stopsAt`).
 */
function errorPosition(message: string, text: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const quoted = /^Unexpected token '?(.+?)'?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/u.exec(
    message,
  );
  if (!quoted) return undefined;
  const [, token = '', before, context = '', after] = quoted;
  let candidates: number[];
  if (!before && after) candidates = [context.length - CONTEXT];
  else if (before && !after) candidates = [text.length - context.length + CONTEXT];
  else candidates = occurrences(text, context).map((i) => i + (before ? CONTEXT : 0));
  // The whole text quoted, or a quote V8 cut inside a character: the token is the lead.
  candidates = candidates.filter((p) => text.startsWith(token, p));
  if (candidates.length === 0) candidates = occurrences(text, token);
  if (candidates.length <= 1) return candidates[0];
  // Past the first place the parser stops, every prefix stops it (at that place): the first is found by halves.
  let low = 0;
  let high = candidates.length - 1;
  if (!stopsAt(text, candidates[high]!)) return undefined;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (stopsAt(text, candidates[mid]!)) high = mid;
    else low = mid + 1;
  }
  return candidates[low];
}

/** Every place `part` starts in `text`. */
function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  if (!part) return found;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) found.push(i);
  return found;
}

/**
 * Whether the parser stops at an unexpected token at or before `at`: a text the parser reads up to `at` without
 * fault ends early there (in the middle of a value, with "Unexpected end", an unterminated string and the like),
 * never with an unexpected token.
 */
function stopsAt(text: string, at: number): boolean {
  try {
    JSON.parse(text.slice(0, at + 1));
    return false;
  } catch (e) {
    return e instanceof Error && e.message.startsWith('Unexpected token');
  }
}
/** How many characters V8 quotes on each side of an unexpected token. */
const CONTEXT = 10;

// V8's parser messages, by what the reader should look for; the renderers word each in the user's language.
const SYNTAX_REASONS: [RegExp, string][] = [
  [/^Unexpected end of JSON input/, 'ends-early'],
  [/^Expected (property name|double-quoted property name)/, 'property-name'],
  [/^Unexpected non-whitespace character after JSON/, 'trailing'],
  [/^Bad control character in string literal/, 'control-character'],
  [/^Bad (escaped character|Unicode escape)/, 'bad-escape'],
  [/^Unterminated string/, 'unterminated-string'],
  [/^Expected ':' after property name/, 'colon'],
  [/^Expected ',' or '\}' after property value/, 'comma-object'],
  [/^Expected ',' or '\]' after array element/, 'comma-array'],
  [
    /^(No number after minus sign|Unterminated fractional number|Exponent part is missing a number|Unexpected number)/,
    'number',
  ],
  [/^Unexpected string/, 'string'],
];

/** What a parser message means (`kind`), and the character it stumbled on (`expected`); nothing if unknown. */
function syntaxReason(message: string): Pick<Diagnostic['params'], 'kind' | 'expected'> {
  for (const [pattern, kind] of SYNTAX_REASONS) if (pattern.test(message)) return { kind };
  const token = /^Unexpected token '?(.)'?[, ]/u.exec(message);
  if (!token) return {};
  // An invisible character is named by its code point: quoting it would show nothing.
  const c = token[1]!;
  const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(c)
    ? c
    : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { kind: 'token', expected: shown };
}

const isDiagnostic = (x: unknown): x is Diagnostic =>
  typeof x === 'object' && x !== null && 'code' in x && 'severity' in x && 'params' in x && 'pointer' in x;

/** Nesting past `maxDepth`, or (when `checkKeys`) a forbidden key, as the diagnostic that refuses the file. */
export function shapeDiagnostic(
  value: unknown,
  maxDepth = MAX_DEPTH,
  checkKeys = true,
): Diagnostic | undefined {
  const shape = checkJsonShape(value, maxDepth, checkKeys);
  if (shape?.problem === 'too-deep')
    return diagnostic('json.parse', 'error', shape.pointer, { detail: 'too-deep', limit: maxDepth });
  if (shape?.problem === 'forbidden-key')
    return diagnostic('json.parse', 'error', shape.pointer, { detail: 'forbidden-key', kind: shape.key });
  return undefined;
}

/** Size limit, UTF-8 and JSON: the text of any file, or the reason it is not readable JSON. */
export function readJsonText(
  input: string | Uint8Array,
  maxBytes = MAX_FILE_BYTES,
): { text: string; value: unknown } | Diagnostic {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes)
    return diagnostic('json.parse', 'error', '', { detail: 'too-large', total: size, limit: maxBytes });
  const text = decode(input);
  if (typeof text !== 'string') return text;
  // Characters can take up to 3 bytes in UTF-8; check the exact size only when the string is near the limit.
  if (typeof input === 'string' && size * 3 > maxBytes) {
    const bytes = new TextEncoder().encode(input).byteLength;
    if (bytes > maxBytes)
      return diagnostic('json.parse', 'error', '', { detail: 'too-large', total: bytes, limit: maxBytes });
  }
  const value = parse(text);
  return isDiagnostic(value) ? value : { text, value };
}

/**
 * Bytes to a typed file: size limit, JSON parse, depth and prototype-key checks, kind and schemaVersion
 * (migrating older versions), then the published schema. Never throws, whatever the input.
 */
export function loadFile(input: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  const read = readJsonText(input, options.maxBytes ?? MAX_FILE_BYTES);
  if (isDiagnostic(read)) return fail(read);
  const { text, value } = read;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  // A file the schema accepts is shallow and holds no forbidden key by construction: every object in the
  // schemas is closed, and the only free-form keys (language tags) must match a pattern none of those keys
  // does (load.test.ts plants them everywhere). So depth and keys are walked only in a file about to be
  // refused or migrated (migrations see it unvalidated); valid files, the common case, skip both.
  const shapeProblem = () => shapeDiagnostic(value, maxDepth);
  const refuse = (d: Diagnostic, kind?: FileKind) => fail(shapeProblem() ?? d, kind);

  if (!isJsonObject(value))
    return refuse(diagnostic('schema', 'error', '', { keyword: 'type', detail: 'not-an-object' }));
  const doc = value;
  const expected = options.expect ?? FILE_KINDS;
  if (!isFileKind(doc.kind) || !expected.includes(doc.kind))
    return refuse(
      diagnostic('schema', 'error', '/kind', {
        keyword: 'kind',
        kind: typeof doc.kind === 'string' ? doc.kind : isCasePackage(doc) ? 'case' : undefined,
        expected: expected.join(', '),
      }),
    );
  const kind = doc.kind;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse(
      diagnostic('schema', 'error', '/schemaVersion', {
        keyword: 'schemaVersion',
        detail: 'must be a non-negative integer',
      }),
      kind,
    );
  if (version > CURRENT_SCHEMA_VERSION)
    return refuse(
      diagnostic('version.unsupported', 'error', '/schemaVersion', {
        found: version,
        supported: CURRENT_SCHEMA_VERSION,
      }),
      kind,
    );
  // Migrations see unvalidated old data, so it must be known to be shallow first.
  const oldShape = version < CURRENT_SCHEMA_VERSION ? shapeProblem() : undefined;
  if (oldShape) return fail(oldShape, kind);
  const migrated = migrate(kind, doc, version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok)
    return fail(
      diagnostic('version.unsupported', 'error', '/schemaVersion', {
        found: version,
        supported: CURRENT_SCHEMA_VERSION,
        detail: 'no-migration',
      }),
      kind,
    );
  const errors = schemaErrors(kind, migrated.doc);
  let checked = migrated.doc;
  let problems: Diagnostic[] = [];
  let salvage: Salvage | undefined;
  if (errors.length) {
    const shape = shapeProblem();
    if (shape) return fail(shape, kind);
    problems = describeSchemaErrors(errors);
    const kept = options.salvage && kind === 'catalog' ? salvageCatalog(checked, errors) : undefined;
    if (!kept) return { ok: false, kind, diagnostics: problems };
    ({ doc: checked, salvage } = kept);
    problems = markLeftOut(migrated.doc, problems);
  }
  // Searched in the file as read, so the pointer is the file's own even when items were left out.
  const lone = loneSurrogate(text, migrated.doc);
  if (lone !== undefined)
    return fail(diagnostic('json.parse', 'error', lone, { detail: 'lone-surrogate' }), kind);
  const typed = checked as unknown as FileOfKind[typeof kind];
  return { ok: true, kind, value: typed, diagnostics: problems, ...(salvage && { salvage }) };
}

/** loadFile narrowed to one kind. */
export function loadKind<K extends FileKind>(
  input: string | Uint8Array,
  kind: K,
  options: Omit<LoadOptions, 'expect'> = {},
): LoadResult<K> {
  return loadFile(input, { ...options, expect: [kind] }) as LoadResult<K>;
}
