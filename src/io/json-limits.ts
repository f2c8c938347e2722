export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Real files nest about ten levels; the margin still stops hostile nesting before recursive code sees it. */
export const MAX_DEPTH = 64;
/** Keys that could reach an object's prototype if code ever merged the value into another object. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonProblem =
  | { problem: 'too-deep'; pointer: string }
  | { problem: 'forbidden-key'; pointer: string; key: string };

const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** One iterative pass over a parsed value: depth and forbidden keys, without recursion that hostile input could overflow. */
export function checkJsonShape(value: unknown, maxDepth = MAX_DEPTH): JsonProblem | undefined {
  const stack: { v: unknown; depth: number; pointer: string }[] = [{ v: value, depth: 0, pointer: '' }];
  while (stack.length) {
    const { v, depth, pointer } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) return { problem: 'too-deep', pointer };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] !== null && typeof v[i] === 'object') stack.push({ v: v[i], depth: depth + 1, pointer: `${pointer}/${i}` });
      continue;
    }
    for (const key in v) {
      if (FORBIDDEN_KEYS.has(key)) return { problem: 'forbidden-key', pointer: `${pointer}/${escape(key)}`, key };
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ v: child, depth: depth + 1, pointer: `${pointer}/${escape(key)}` });
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
