import { describe, expect, it } from 'vitest';
import { buildNetworkIndex } from '../../src/domain/network-index';
import { validateTrajectory } from '../../src/domain/validate';
import { loadKind } from '../../src/io/load';
import { AS_OF, group, hours, mod, program, ref } from './helpers/builders';
import { cliRunner, installedCli, scratchDir, writeNetwork } from './helpers/cli';

const { file, out } = scratchDir('cc-plan-');

const modules = [
  mod({ id: 'm-safety', outcomes: ['c-safety'], hours: hours(8) }),
  mod({ id: 'm-weld', outcomes: ['c-weld'], prerequisites: ['c-safety'], hours: hours(24) }),
  mod({ id: 'm-weld-long', outcomes: ['c-weld'], hours: hours(40) }),
  mod({ id: 'm-old', outcomes: ['c-pipe'], prerequisites: ['c-weld'], validUntil: '2025-12-31' }),
  mod({ id: 'm-extra', outcomes: ['c-extra'], hours: hours(6) }),
];
const { cat, net } = writeNetwork(file, modules);
const index = buildNetworkIndex([{ source: 'catalog.json', catalog: cat }]).index;
const prog = file(
  'programme.json',
  program([[ref('m-safety')], [ref('m-weld')], [group(1, 'm-extra', 'm-weld-long')]], {
    targetCompetencies: ['c-weld'],
  }),
);

const run = cliRunner({ today: AS_OF });

/** Lines of output, each ending in a newline. */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** `plan` towards c-weld on the test network, with more flags. */
const weld = (...args: string[]) => run('plan', '--network', net, '--target', 'c-weld', ...args);

describe('plan', () => {
  it('prints the least-hours plan with partners, hours and reasons, and exits 0', async () => {
    const r = await weld();
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        'Optimal: 32 hours',
        '',
        '1. Module m-safety (m-safety@1.0.0) — College A, 8 h — needed by “Module m-weld” for C-SAFETY',
        '2. Module m-weld (m-weld@1.0.0) — College A, 24 h — develops C-WELD “Skill c-weld”, a target',
        '',
        'Total: 32 hours',
      ),
    });
  });

  it('speaks Russian on request, prior learning shortens the plan', async () => {
    const r = await weld('--prior', 'c-safety', '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      lines(
        'Оптимальный план: 24 часа',
        '',
        '1. Модуль m-weld (m-weld@1.0.0) — College A, 24 ч — формирует целевую компетенцию C-WELD «Навык c-weld»',
        '',
        'Итого: 24 часа',
      ),
    );
  });

  it('--json prints the trajectory file itself, valid against the network', async () => {
    const r = await weld('--prior', 'c-safety', '--json');
    expect(r.code).toBe(0);
    const trajectory = JSON.parse(r.stdout);
    expect(trajectory).toMatchObject({
      kind: 'trajectory',
      targetCompetencies: ['c-weld'],
      priorCompetencies: [{ competency: 'c-safety', evidence: 'stated on the command line' }],
      steps: [{ module: 'm-weld', version: '1.0.0', reasons: [{ kind: 'target', competency: 'c-weld' }] }],
      totalHours: 24,
      optimal: true,
    });
    const loaded = loadKind(r.stdout, 'trajectory');
    expect(loaded.ok && validateTrajectory(loaded.value, index, { asOf: AS_OF })).toEqual([]);
  });

  it('records prior learning evidence in the language asked for', async () => {
    const r = await weld('--prior', 'c-safety', '--json', '--lang', 'ru');
    expect(JSON.parse(r.stdout).priorCompetencies).toEqual([
      { competency: 'c-safety', evidence: 'указано в командной строке' },
    ]);
  });

  it('plans within a programme, choosing the cheaper elective', async () => {
    const r = await run('plan', '--network', net, '--program', prog, '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.programId).toBe('prog');
    expect(t.steps.map((s: { module: string }) => s.module)).toEqual(['m-safety', 'm-weld', 'm-extra']);
    expect(t.totalHours).toBe(38);
  });

  it('honours --exclude and --elective', async () => {
    const r = await weld('--exclude', 'm-weld', '--elective', 'm-extra', '--json');
    expect(r.code).toBe(0);
    const steps = JSON.parse(r.stdout).steps.map((s: { module: string }) => s.module);
    expect(steps.sort()).toEqual(['m-extra', 'm-weld-long']);
  });

  it('refuses --prior, --exclude and --elective ids the network does not hold, naming them (exit 2)', async () => {
    const prior = await weld('--prior', 'c-safety,c-saftey');
    expect(prior.code).toBe(2);
    expect(prior.stdout).toBe('');
    expect(prior.stderr).toContain('--prior: the network has no competency c-saftey; check the spelling.');
    const exclude = await weld('--exclude', 'm-wled,m-nope', '--lang', 'ru');
    expect(exclude.code).toBe(2);
    expect(exclude.stderr).toContain('--exclude: в сети нет модуля m-wled, m-nope; проверьте написание.');
    const elective = await weld('--elective', 'm-nope');
    expect(elective.code).toBe(2);
    expect(elective.stderr.split('\n')[0]).toBe(
      '--elective: the network has no module m-nope; check the spelling.',
    );
  });

  it('explains an unreachable or unknown target and exits 1', async () => {
    const r = await run('plan', '--network', net, '--target', 'c-pipe,c-nope');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      lines(
        'No plan exists:',
        '  C-PIPE “Skill c-pipe” cannot be reached: “Module m-old” (m-old) is retired (valid until 2025-12-31).',
        '  c-nope cannot be reached: the network has no competency with this id.',
      ),
    );
    const ru = await run('plan', '--network', net, '--target', 'c-pipe', '--lang', 'ru');
    expect(ru.stdout).toBe(
      'План составить нельзя:\n  Компетенция C-PIPE «Навык c-pipe» недостижима: модуль «Модуль m-old» (m-old) больше не действует (действовал до 31.12.2025).\n',
    );
  });

  it('with --json, no plan is an error object with the reasons and the planner’s own account', async () => {
    const r = await run('plan', '--network', net, '--target', 'c-nope', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      error: 'no-plan',
      reasons: ['c-nope cannot be reached: the network has no competency with this id.'],
      noPlan: {
        kind: 'unreachable',
        targets: ['c-nope'],
        modules: [],
        groups: [],
        missingElectives: [],
        details: [{ competency: 'c-nope', providers: [] }],
      },
    });
  });

  it('--as-of decides which modules are valid', async () => {
    const r = await run('plan', '--network', net, '--target', 'c-pipe', '--as-of', '2025-06-01', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).steps.map((s: { module: string }) => s.module)).toEqual([
      'm-safety',
      'm-weld',
      'm-old',
    ]);
  });

  it('exits 1 when the shortest plan needs more than --max-hours, and says so', async () => {
    const r = await weld('--max-hours', '30');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('The shortest plan needs 32 hours, more than the 30 allowed');
    const json = await weld('--max-hours', '30', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: 'over-max-hours',
      reasons: ['The shortest plan needs 32 hours, more than the 30 allowed'],
      trajectory: { kind: 'trajectory', totalHours: 32 },
    });
    expect((await weld('--max-hours', '32')).code).toBe(0);
  });

  it('prints the diagnostics of a network or programme that does not load, and exits 1', async () => {
    const broken = file('broken.json', '{"kind":');
    const r = await run('plan', '--network', net, '--program', broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${broken} (program)\n  error    json.parse`);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 error, 0 warnings in 1 file');
    const asNetwork = await run('plan', '--network', prog, '--target', 'c-weld', '--json');
    expect(asNetwork.code).toBe(1);
    expect(JSON.parse(asNetwork.stdout)).toMatchObject({
      error: 'invalid-input',
      files: [{ path: prog, kind: 'network', diagnostics: [{ code: 'schema' }] }],
      summary: { errors: 1, warnings: 0 },
    });
  });

  it.each([
    [['plan', '--target', 'c-weld'], /Give --network FILE/],
    [['plan', '--network', net], /^Give exactly one of --program FILE and --target ID/],
    [['plan', '--network', net, '--target', ' , '], /^--target needs a value\./],
    [
      ['plan', '--network', net, '--program', prog, '--target', 'c-weld'],
      /^Give exactly one of --program FILE and --target ID/,
    ],
    [['plan', '--network', out('nope.json'), '--target', 'c-weld'], /Cannot read .*nope\.json: no such file/],
    [['plan', '--network', net, '--program', out('nope.json')], /Cannot read .*nope\.json: no such file/],
    [
      ['plan', '--network', net, '--target', 'c-weld', '--max-hours', 'ten'],
      /--max-hours takes a positive number, not "ten"/,
    ],
    [
      ['plan', '--network', net, '--target', 'c-weld', '--time-limit', '0'],
      /--time-limit takes a positive number, not "0"/,
    ],
    [['plan', '--network', net, '--target', 'c-weld', '--as-of', '1 May'], /"1 May" is not a date/],
    [['plan', '--network', net, '--target', 'c-weld', '--bogus'], /^Unknown option --bogus\./],
    [['plan', '--network', net, 'c-weld'], /^Unexpected argument c-weld: this command takes no file names\./],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const r = await run(...args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
    expect(r.stderr).toContain('competency-constructor plan --network FILE');
  });
});

describe('the installed plan command', () => {
  const cli = installedCli('test-results/cli-plan');

  it('loads HiGHS from node_modules on demand and prints only the trajectory on stdout', () => {
    const r = cli('plan', '--network', net, '--target', 'c-weld', '--json', '--as-of', AS_OF);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'trajectory', totalHours: 32, optimal: true });
  });

  it('never prints a stack trace for bad input', () => {
    const r = cli('plan', '--network', file('bad-net.json', '[1,'), '--target', 'c-weld');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});
