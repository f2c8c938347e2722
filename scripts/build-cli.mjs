// Bundles the CLI into one file so `npx competency-constructor` starts fast (no TypeScript loader at run time).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist-cli/competency-constructor.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
});
