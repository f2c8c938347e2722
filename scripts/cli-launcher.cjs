// Starts the bundled CLI (bundle.cjs beside this file; scripts/build-cli.mjs builds it and copies this launcher
// there). V8 is handed the code it compiled in a training run at build time (bundle.cjs.cache), so a validation
// compiles almost nothing: about 10 ms of a 10k-module run. A cache V8 rejects (another Node version, a rebuilt
// bundle) or a missing one only costs that time back.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, 'bundle.cjs');
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: compile as usual.
}
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`,
  { filename: bundle, cachedData },
);
// The build's training run writes what V8 compiled while it ran, as the process ends.
if (process.env.CC_WRITE_CODE_CACHE === '1')
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require, bundled, bundle, __dirname);
