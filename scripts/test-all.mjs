// `npm test`: everything CI runs, in order, stopping at the first failing step. Ends with one
// "N passed, N failed" line that counts unit, component and browser tests together.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const node = process.execPath;
const bin = (pkg, file) => `node_modules/${pkg}/${file}`;
mkdirSync('test-results', { recursive: true });

const steps = [
  ['typecheck', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']],
  ['format', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level=warn', '.']],
  [
    'unit and component tests',
    [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
  ],
  ['build the CLI', ['scripts/build-cli.mjs']],
  ['build the app', [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn']],
  [
    'browser tests (Chromium)',
    [
      '--test',
      // One file at a time: several Chromiums and servers at once on two cores make timings flaky.
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter=junit',
      '--test-reporter-destination=stdout',
      '--test-reporter-destination=test-results/e2e.xml',
      'tests/e2e/',
    ],
  ],
];

let passed = 0;
let failed = 0;
function count() {
  if (existsSync('test-results/vitest.json')) {
    const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync('test-results/e2e.xml')) {
    const xml = readFileSync('test-results/e2e.xml', 'utf8');
    const cases = xml.match(/<testcase\b[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
    for (const c of cases) {
      if (/<failure\b/.test(c)) failed++;
      else passed++;
    }
  }
}

/** The browser tests use Debian's Chromium (no browser download works here); install it when it is missing. */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  console.log(`\n▶ installing Debian's chromium (${path} is missing)`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) =>
    spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  if (existsSync(path)) return true;
  console.log(`✖ no Chromium at ${path}: install Debian's chromium package or set CHROMIUM_PATH`);
  return false;
}

let failedStep;
for (const [name, args] of steps) {
  if (name.startsWith('browser') && !ensureChromium()) {
    failedStep = name;
    break;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(node, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
  });
  if (r.status !== 0) {
    failedStep = name;
    console.log(`✖ ${name} failed (exit ${r.status ?? r.signal})`);
    break;
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
count();
if (failedStep && failed === 0) failed = 1;
console.log(`\n${failedStep ? `failed at: ${failedStep}` : 'all steps passed'}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failedStep ? 1 : 0;
