import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNetwork } from '../fixtures/generator/generate-network';

const USAGE =
  'Usage: npm run gen:network -- --modules N --competencies N --programme-modules N --seed N --out DIR';

function intOption(values: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${raw}"`);
  return n;
}

try {
  const { values } = parseArgs({
    options: {
      modules: { type: 'string' },
      competencies: { type: 'string' },
      'programme-modules': { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new Error('--out DIR is required');
  const started = performance.now();
  const generated = generateNetwork({
    modules: intOption(values, 'modules', 10_000),
    competencies: intOption(values, 'competencies', 5_000),
    programmeModules: intOption(values, 'programme-modules', 500),
    seed: intOption(values, 'seed', 1),
  });
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
  };
  write(join(values.out, 'network.json'), generated.network);
  for (const [path, catalog] of Object.entries(generated.catalogs)) write(join(values.out, path), catalog);
  write(join(values.out, 'programme.json'), generated.programme);
  const modules = Object.values(generated.catalogs).reduce((n, c) => n + c.modules.length, 0);
  const placed = generated.programme.stages.reduce((n, s) => n + s.items.length, 0);
  console.log(
    `wrote ${values.out}: ${Object.keys(generated.catalogs).length} catalogs, ${modules} modules, programme of ${placed} modules in ${Math.round(performance.now() - started)} ms`,
  );
} catch (e) {
  console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  process.exitCode = 2;
}
