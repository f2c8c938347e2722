import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/io/load';
import { AS_OF } from './helpers/builders';
import { cliRunner, scratchDir } from './helpers/cli';

/** Line and column of a file's JSON syntax error, as the loader reports them. */
const where = (input: string | Uint8Array) => {
  const r = loadFile(input);
  expect(r.ok).toBe(false);
  const { line, column } = r.diagnostics[0]!.params as { line?: number; column?: number };
  return { line, column };
};

describe('JSON syntax errors: line and column', () => {
  it('a quote V8 gives that occurs earlier in the file (inside a string) is not taken for the error', () => {
    const text = '{"s": "[1, 2, 3, 4, x, 6, 7, 8, 9]",\n "n": [1, 2, 3, 4, x, 6, 7, 8, 9]}';
    expect(where(text)).toEqual({ line: 2, column: 20 });
  });

  it('the quote occurring 200 times before the error is found by halves', () => {
    const lines = Array.from({ length: 200 }, () => '  "1, 2, 3, 4, .5, 6, 7, 8, 9",');
    const text = `[\n${lines.join('\n')}\n  1, 2, 3, 4, .5, 6, 7, 8, 9\n]`;
    // V8 says: Unexpected token '.', ..." 2, 3, 4, .5, 6, 7, "... (201 places in the file).
    expect(where(text)).toEqual({ line: 202, column: 15 });
  });

  it('a byte-order mark does not count as a column, as text or as bytes', () => {
    const text = '{"kind": "program",\n "x": 1,}';
    expect(where(text)).toEqual({ line: 2, column: 9 });
    expect(where(`\uFEFF${text}`)).toEqual({ line: 2, column: 9 });
    expect(where(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ line: 2, column: 9 });
    // An unexpected token on the first line, where V8 quotes the whole (short) text.
    expect(where('\uFEFF{"kind": tru}')).toEqual({ line: 1, column: 13 });
    expect(where('{"kind": tru}')).toEqual({ line: 1, column: 13 });
  });

  it('a short file, quoted whole by V8, still gets its position', () => {
    expect(where('{"a": .5}')).toEqual({ line: 1, column: 7 });
    expect(where('{"a": NaN}')).toEqual({ line: 1, column: 7 });
    expect(where('{"kind":\u0000}')).toEqual({ line: 1, column: 9 });
  });

  it('a quote cut short at the start or the end of the file', () => {
    expect(where('[x, 1111111111111111111111111]')).toEqual({ line: 1, column: 2 });
    expect(where('[1111111111111111111111111111,\n x]')).toEqual({ line: 2, column: 2 });
  });

  it('validate prints the exact place, in Russian too', async () => {
    const { file } = scratchDir('cc-json-position-');
    const path = file('dup.json', '{"s": "[1, 2, 3, 4, x, 6, 7, 8, 9]",\n "n": [1, 2, 3, 4, x, 6, 7, 8, 9]}');
    const run = cliRunner({ today: AS_OF });
    const r = await run('validate', path, '--lang', 'ru');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Это не корректный JSON (строка 2, столбец 20)');
    const bom = file('bom.json', '\uFEFF{"kind": "program",\n "x": 1,}');
    expect((await run('validate', bom, '--json')).stdout).toContain('Not valid JSON (line 2, column 9)');
  });
});
