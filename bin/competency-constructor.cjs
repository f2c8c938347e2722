#!/usr/bin/env node
// CommonJS from the first line: Node starts no ES module loader, which a 200 ms validation would pay ~5 ms for.
// The bundle is built by `npm install` / `npm ci` (the prepare script) or `node scripts/build-cli.mjs`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const launcher = join(__dirname, '..', 'dist-cli', 'competency-constructor.cjs');
if (!existsSync(launcher)) {
  process.stderr.write(
    'competency-constructor: the CLI is not built yet; run `npm install` (or `node scripts/build-cli.mjs`).\n',
  );
  process.exit(2);
}
require(launcher);
