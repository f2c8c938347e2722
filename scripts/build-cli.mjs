// Bundles the CLI so `npx competency-constructor` starts fast (no TypeScript loader at run time): one CommonJS
// bundle, a launcher that hands V8 a cache of its compiled code, and that cache, made by a training run on the
// sample network. `--outdir DIR` builds elsewhere (tests).
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { outdir } = parseArgs({ options: { outdir: { type: 'string', default: 'dist-cli' } } }).values;
// The ESM build this replaced, and the cache of an older bundle (V8 would reject it anyway).
for (const old of [
  'chunks',
  'competency-constructor.mjs',
  'competency-constructor.mjs.map',
  'bundle.cjs.cache',
])
  rmSync(join(outdir, old), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: join(outdir, 'bundle.cjs'),
  bundle: true,
  platform: 'node',
  // One script V8 can cache whole (Node 20 caches no ES modules); the code cache makes its size cost nothing.
  format: 'cjs',
  target: 'node20',
  // Less source for V8 to scan at each start; the linked source map keeps it readable.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // Loaded from node_modules at run time: HiGHS finds its .wasm beside itself, pdfmake requires Node built-ins.
  external: ['highs', 'pdfmake'],
  // ...by require: a script run by the launcher has no module loader for import().
  supported: { 'dynamic-import': false },
});
copyFileSync('scripts/cli-launcher.cjs', join(outdir, 'competency-constructor.cjs'));

// The training run: a validation of the sample network, the command people run most; V8 caches what it compiled.
const trained = spawnSync(
  process.execPath,
  [
    join(outdir, 'competency-constructor.cjs'),
    'validate',
    'fixtures/sample/programmes/a-draft-welder-mma.json',
    '--network',
    'fixtures/sample/network.json',
    '--json',
  ],
  { env: { ...process.env, CC_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' },
);
// The draft sample has errors on purpose (exit 1); anything else means the bundle itself is broken.
if (trained.status !== 1 || !trained.stdout.includes('"prereq.order"'))
  throw new Error(`the bundled CLI failed its training run (exit ${trained.status}): ${trained.stderr}`);
