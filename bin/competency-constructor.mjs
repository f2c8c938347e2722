#!/usr/bin/env node
// The bundle is built by `npm install` / `npm ci` (the prepare script) or `node scripts/build-cli.mjs`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/competency-constructor.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    'competency-constructor: the CLI is not built yet; run `npm install` (or `node scripts/build-cli.mjs`).\n',
  );
  process.exit(2);
}
await import(bundle.href);
