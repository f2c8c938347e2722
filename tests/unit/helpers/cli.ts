import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main';
import type { Module } from '../../../src/domain/model';
import { catalog } from './builders';

/** A temporary folder for a test file's inputs and outputs; `file` writes JSON, text or bytes there. */
export function scratchDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const out = (name: string) => join(dir, name);
  const file = (name: string, value: unknown) => {
    const path = out(name);
    writeFileSync(
      path,
      typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value),
    );
    return path;
  };
  return { dir, out, file };
}

/**
 * A catalog of these modules and a network manifest listing it, written with `file`; `edit` may change the
 * catalog's file (a copy) first, to break it.
 */
export function writeNetwork(
  file: (name: string, value: unknown) => string,
  modules: Module[],
  edit?: (catalog: { modules: Record<string, unknown>[] }) => void,
) {
  const cat = catalog(modules);
  const written = structuredClone(cat);
  edit?.(written as unknown as { modules: Record<string, unknown>[] });
  const catalogPath = file('catalog.json', written);
  const net = file('network.json', {
    kind: 'network',
    schemaVersion: 1,
    id: 'n',
    title: 'N',
    catalogs: ['catalog.json'],
  });
  return { cat, catalogPath, net };
}

/** The CLI in-process, as a function of arguments to its exit code and what it printed. */
export function cliRunner(io: Partial<CliIo> & Pick<CliIo, 'today'>) {
  return async (...args: string[]) => {
    const printed = { stdout: '', stderr: '' };
    const code = await main(args, {
      stdout: (s) => (printed.stdout += s),
      stderr: (s) => (printed.stderr += s),
      colour: false,
      env: {},
      ...io,
    });
    return { code, ...printed };
  };
}

/**
 * The CLI as installed: bundled into `outdir` before the tests (apart from dist-cli, so a test file building
 * that one at the same time cannot disturb this one) and run as a process.
 */
export function installedCli(outdir: string) {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir]);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  return (...args: string[]) =>
    spawnSync(process.execPath, [join(outdir, 'competency-constructor.cjs'), ...args], { encoding: 'utf8' });
}
