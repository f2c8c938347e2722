// Bundles the CLI so `npx competency-constructor` starts fast (no TypeScript loader at run time): an entry file,
// and chunks loaded on demand, so `validate` starts without the planner. `--outdir DIR` builds elsewhere (tests).
import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { outdir } = parseArgs({ options: { outdir: { type: 'string', default: 'dist-cli' } } }).values;
const { metafile } = await build({
  entryPoints: { 'competency-constructor': 'src/cli/entry.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Less source for V8 to scan at each start; the linked source map keeps it readable.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  // A runtime dependency loaded on demand by `plan`: Node loads it from node_modules, where it finds its .wasm.
  // Loaded from node_modules at run time: HiGHS finds its .wasm beside itself, pdfmake requires Node built-ins.
  external: ['highs', 'pdfmake'],
});

// Chunks of earlier builds are removed after this one is written, so a CLI already running never misses one.
const written = new Set(Object.keys(metafile.outputs).map((path) => basename(path)));
const chunks = join(outdir, 'chunks');
for (const name of readdirSync(chunks)) if (!written.has(name)) rmSync(join(chunks, name));
