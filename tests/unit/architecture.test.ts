import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (path: string, code: string) =>
  (await eslint.lintText(code, { filePath: path }))[0]!.messages.map((m) => m.ruleId);

describe('the domain core stays pure', () => {
  it.each([
    ['src/domain/rules/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/io/x.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/cli/x.ts', "import { DndContext } from '@dnd-kit/core';\nexport const x = DndContext;\n"],
  ])('lint refuses a UI import in %s', async (path, code) => {
    expect(await lint(path, code)).toContain('no-restricted-imports');
  });

  it('lint refuses DOM globals in the domain', async () => {
    expect(await lint('src/domain/x.ts', 'export const w = () => document.title;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('lets the UI use React', async () => {
    expect(
      await lint('src/ui/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"),
    ).toEqual([]);
  });
});
