import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main';
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostics';
import { applyEdit } from '../../src/domain/edits';
import { moduleHours } from '../../src/domain/hours';
import { PartnerKind, type Program } from '../../src/domain/model';
import { programHourRange } from '../../src/domain/rules/hours';
import { validateProgram } from '../../src/domain/validate';
import { loadKind } from '../../src/io/load';
import { loadNetwork } from '../../src/io/network-source';

const AS_OF = '2026-09-01';
const NOT_ERRORS = new Set(['module.unused', 'assessment.missing-final', 'module.retired', 'waiver.unused']);
const SAMPLE = 'fixtures/sample/network.json';
const read = async (p: string) => readFileSync(p);
const expected = JSON.parse(readFileSync('fixtures/invalid/expected.json', 'utf8')).files as Record<
  string,
  { against: string | null; codes: string[] }
>;

async function codesFor(file: string, against: string | null) {
  let stdout = '';
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: () => {}, colour: false, env: {}, today: AS_OF };
  const args = [
    'validate',
    `fixtures/invalid/${file}`,
    '--json',
    '--network',
    against ? `fixtures/invalid/${against}` : SAMPLE,
  ];
  const code = await main(args, io);
  const out = JSON.parse(stdout) as { files: { diagnostics: { code: string }[] }[] };
  return { code, codes: out.files.flatMap((f) => f.diagnostics.map((d) => d.code)) };
}

describe('invalid fixtures', () => {
  it.each(Object.entries(expected))(
    '%s gives exactly its expected codes',
    async (file, { against, codes }) => {
      const r = await codesFor(file, against);
      expect(r.codes).toEqual(codes);
      // Warnings and infos leave the exit code at 0; any error makes it 1.
      expect(r.code).toBe(codes.some((c) => !NOT_ERRORS.has(c)) ? 1 : 0);
    },
  );

  it('covers every diagnostic code', () => {
    const covered = new Set(Object.values(expected).flatMap((e) => e.codes));
    expect(DIAGNOSTIC_CODES.filter((c) => !covered.has(c))).toEqual([]);
    expect(readdirSync('fixtures/invalid').filter((f) => f !== 'expected.json' && !(f in expected))).toEqual(
      [],
    );
  });

  it('fixes every fixable programme fixture in one click each, on the real sample network', async () => {
    const { index } = await loadNetwork(SAMPLE, read);
    for (const [file, { against }] of Object.entries(expected)) {
      if (against !== '../sample/network.json') continue;
      const loaded = loadKind(readFileSync(`fixtures/invalid/${file}`), 'program');
      if (!loaded.ok) continue;
      let program: Program = loaded.value;
      for (let click = 0; click < 5; click++) {
        const fixable = validateProgram(program, index, { asOf: AS_OF }).find((d) => d.fix && !d.waived);
        if (!fixable) break;
        program = applyEdit(program, fixable.fix!);
      }
      const left = validateProgram(program, index, { asOf: AS_OF }).filter((d) => d.fix && !d.waived);
      expect([file, left.map((d) => d.code)]).toEqual([file, []]);
    }
  });
});

describe('the sample network', () => {
  it('loads with no diagnostics and has the promised breadth', async () => {
    const net = await loadNetwork(SAMPLE, read);
    expect(net.files.flatMap((f) => f.diagnostics)).toEqual([]);
    const partners = [...net.index.partners.values()];
    const modules = [...net.index.moduleVersions.values()].flat();
    expect(net.catalogs.length).toBeGreaterThanOrEqual(6);
    expect(partners.length).toBeGreaterThanOrEqual(10);
    expect(new Set(partners.map((p) => p.kind))).toEqual(new Set(PartnerKind.options));
    expect(net.index.competencies.size).toBeGreaterThanOrEqual(80);
    expect(modules.length).toBeGreaterThanOrEqual(120);
    expect(new Set(modules.map((m) => m.specialty)).size).toBeGreaterThanOrEqual(6);
    expect(modules.filter((m) => m.prerequisites.some((p) => typeof p !== 'string')).length).toBeGreaterThan(
      0,
    );
    expect(modules.filter((m) => m.assessment === 'demonstration-exam').length).toBeGreaterThan(0);
    expect(modules.filter((m) => m.format === 'workplace').length).toBeGreaterThan(0);
    expect(modules.filter((m) => m.validUntil && m.validUntil < AS_OF).map((m) => m.id)).toEqual([
      'm-weld-mma-basic-2019',
    ]);
    for (const m of modules) {
      expect(moduleHours(m)).toBeGreaterThan(0);
      expect(typeof m.title === 'object' && m.title.ru && m.title.en).toBeTruthy();
    }
  });

  it.each([
    ['welding-safety-16h.json', 'advanced-training', 16, 16],
    ['cnc-operator-72h.json', 'advanced-training', 72, 72],
    ['retraining-256h.json', 'retraining', 256, 256],
    ['vocational-drones.json', 'vocational-training', 196, 228],
  ])('%s is a valid %s programme of %i-%i hours', async (file, type, min, max) => {
    const { index } = await loadNetwork(SAMPLE, read);
    const loaded = loadKind(readFileSync(`fixtures/sample/programmes/${file}`), 'program');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.programType).toBe(type);
    expect(programHourRange(loaded.value, index)).toEqual({ min, max });
    expect(validateProgram(loaded.value, index, { asOf: AS_OF })).toEqual([]);
  });

  it('has a programme with elective groups', () => {
    const p = JSON.parse(
      readFileSync('fixtures/sample/programmes/vocational-drones.json', 'utf8'),
    ) as Program;
    expect(p.stages.flatMap((s) => s.items).filter((i) => 'choose' in i).length).toBeGreaterThanOrEqual(2);
  });
});
