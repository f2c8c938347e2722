/**
 * `npm run bench`: whole-process figures on the generated 10k-module network with a 500-module programme.
 * Compares our `validate --json` (parse + schema + every rule) with ajv-cli (schema only) and with a bare
 * `node` that only JSON.parses the same files: the floor any validator in Node pays.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.bench/network-10k';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const node = process.execPath;

function run(cmd: string, args: string[], okCodes = [0]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!okCodes.includes(r.status ?? -1))
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
}

/**
 * Median whole-process time of each subject (a subject may be several processes in a row). Subjects take turns
 * round by round, so a machine that speeds up or slows down during the bench moves every figure alike and the
 * ratios stay fair.
 */
function medians<K extends string>(subjects: Record<K, [string, string[]][]>): Record<K, number> {
  const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < RUNS; i++)
    for (const [name, cmds] of Object.entries(subjects) as [K, [string, string[]][]][]) {
      const t = performance.now();
      for (const [cmd, args] of cmds) run(cmd, args);
      times[name].push(performance.now() - t);
    }
  const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  return Object.fromEntries(Object.entries(times).map(([k, a]) => [k, median(a as number[])])) as Record<
    K,
    number
  >;
}

run(node, ['scripts/build-cli.mjs']);
run(node, [
  'node_modules/tsx/dist/cli.mjs',
  'scripts/gen-network.ts',
  '--modules',
  '10000',
  '--competencies',
  '5000',
  '--programme-modules',
  '500',
  '--seed',
  '1',
  '--out',
  OUT,
]);
const catalogs = readdirSync(join(OUT, 'catalogs')).map((f) => join(OUT, 'catalogs', f));
const files = [join(OUT, 'network.json'), ...catalogs, join(OUT, 'programme.json')];
const ajv = 'node_modules/ajv-cli/dist/index.js';
const ajvArgs = (schema: string, data: string[]) => [
  ajv,
  'validate',
  '--spec=draft2020',
  '--strict=true',
  '-s',
  `schemas/${schema}.schema.json`,
  ...data.flatMap((d) => ['-d', d]),
];

const validateArgs = [
  'validate',
  join(OUT, 'network.json'),
  join(OUT, 'programme.json'),
  '--network',
  join(OUT, 'network.json'),
  '--json',
  '--as-of',
  '2026-09-01',
];
const { ours, ajvCli, floor, nodeStart } = medians({
  ours: [[node, ['bin/competency-constructor.cjs', ...validateArgs]]],
  ajvCli: [
    [node, ajvArgs('network', [join(OUT, 'network.json')])],
    [node, ajvArgs('catalog', catalogs)],
    [node, ajvArgs('program', [join(OUT, 'programme.json')])],
  ],
  floor: [
    [
      node,
      [
        '-e',
        `const fs=require('fs');for(const f of ${JSON.stringify(files)})JSON.parse(fs.readFileSync(f,'utf8'))`,
      ],
    ],
  ],
  nodeStart: [[node, ['-e', '0']]],
});

const row = (name: string, ms: number) =>
  `${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms   ${(ms / floor).toFixed(2).padStart(5)}x floor`;
console.log(
  `\nvalidate: ${files.length} files (${catalogs.length} catalogs, 10,000 modules, 5,000 competencies, 500-module programme), median of ${RUNS} interleaved runs`,
);
console.log(row('competency-constructor validate --json', ours));
console.log(row('ajv-cli validate (schema only, 3 processes)', ajvCli));
console.log(row('node: JSON.parse only (floor)', floor));
console.log(row('node: start-up only', nodeStart));
console.log(
  `ratios: validate / ajv-cli = ${(ours / ajvCli).toFixed(2)} (target < 1), validate / floor = ${(ours / floor).toFixed(2)} (target <= 2)`,
);

// The editor's figures in real Chromium, on the same generated network.
const editor = spawnSync(node, ['tests/bench/editor.mjs'], { stdio: 'inherit' });
if (editor.status !== 0) process.exitCode = 1;

// The trajectory planner's figures on generated networks (tests/bench/planner.ts; see its header for env):
// targets a trainee would pick (a specialty's competencies), then targets scattered across the network.
for (const targets of ['specialty', 'uniform']) {
  const planner = spawnSync(node, ['node_modules/tsx/dist/cli.mjs', 'tests/bench/planner.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_PLANNER_TARGETS: targets,
      ...(targets === 'uniform' && { BENCH_PLANNER_QUICK: process.env.BENCH_PLANNER_QUICK ?? '1' }),
    },
  });
  if (planner.status !== 0) process.exitCode = 1;
}
