import type { JsonObject } from './migrations';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A parsed JSON object (not null, not an array). */
export const isJsonObject = (x: unknown): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
/** Real files nest about ten levels; the margin still stops hostile nesting before recursive code sees it. */
export const MAX_DEPTH = 64;
/** Keys that could reach an object's prototype if code ever merged the value into another object. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonProblem =
  { problem: 'too-deep'; pointer: string } | { problem: 'forbidden-key'; pointer: string; key: string };

const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

// One regex pass over the text: about twice as fast on a 7 MB network as one substring search per key.
const FORBIDDEN_KEY_TEXT = new RegExp(`\\\\u|"(?:${[...FORBIDDEN_KEYS].join('|')})"`);

/**
 * Whether the raw text could hold a forbidden key. A key is a quoted string, so unless a quoted word
 * appears, or a \u escape could spell one, no key in the file can be forbidden.
 * A scan of the text is far cheaper than inspecting every key of a large parsed file.
 */
export const mayHoldForbiddenKey = (text: string): boolean => FORBIDDEN_KEY_TEXT.test(text);

// Decoded UTF-8 holds no lone surrogate; only a \u escape can write one, and escapes of surrogates are rare.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where the parsed value holds half a character (a lone surrogate escape such as "\ud800"), if anywhere. JSON
 * allows it, but no encoder can write it out: documents, exports and plans would fail on it later.
 * Recursive: call it only on a value the schema accepted, which is shallow by construction.
 */
export function loneSurrogate(text: string, value: unknown): string | undefined {
  // Most files hold no \u escape at all: one substring search settles it, faster than the pattern.
  if (!text.includes('\\u') || !SURROGATE_ESCAPE.test(text)) return undefined;
  const walk = (v: unknown, pointer: string): string | undefined => {
    if (typeof v === 'string') return LONE_SURROGATE.test(v) ? pointer : undefined;
    if (v === null || typeof v !== 'object') return undefined;
    for (const [k, child] of Object.entries(v)) {
      const at = `${pointer}/${escape(k)}`;
      if (LONE_SURROGATE.test(k)) return at;
      const found = walk(child, at);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(value, '');
}

/**
 * One iterative pass over a parsed value: depth and (when `checkKeys`) forbidden keys, with no recursion for
 * hostile input to overflow. Pointers are built only for the one problem found.
 */
export function checkJsonShape(
  value: unknown,
  maxDepth = MAX_DEPTH,
  checkKeys = true,
): JsonProblem | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const parents: number[] = [-1];
  const keys: string[] = [''];
  const pointerTo = (i: number): string => {
    const parts: string[] = [];
    for (let at = i; at > 0; at = parents[at]!) parts.push(`/${escape(keys[at]!)}`);
    return parts.reverse().join('');
  };
  // A stack that keeps every visited entry (parents point into it), so the pointer can be rebuilt on failure.
  for (let top = 0; top < values.length; top++) {
    const v = values[top] as object;
    const depth = depths[top]!;
    if (depth >= maxDepth) return { problem: 'too-deep', pointer: pointerTo(top) };
    const push = (child: unknown, key: string) => {
      values.push(child);
      depths.push(depth + 1);
      parents.push(top);
      keys.push(key);
    };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] !== null && typeof v[i] === 'object') push(v[i], String(i));
      continue;
    }
    for (const key in v) {
      if (checkKeys && FORBIDDEN_KEYS.has(key))
        return { problem: 'forbidden-key', pointer: `${pointerTo(top)}/${escape(key)}`, key };
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') push(child, key);
    }
  }
  return undefined;
}

/** Line and column (1-based) of a character offset, for parse errors people can find in an editor. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}
