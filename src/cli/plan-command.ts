import { findModulePointer } from '../domain/edits';
import { describeReasons } from '../domain/documents/trajectory-document';
import { localize } from '../domain/localized-text';
import type { ModuleRef, Program, Trajectory } from '../domain/model';
import { isCalendarDate } from '../domain/dates';
import { latestModule, resolveModule, type NetworkIndex } from '../domain/network-index';
import { takeableVersion } from '../domain/planner/instance';
import { planOptimal, preparePlan, type NoPlan, type PlanFound } from '../domain/planner/plan';
import { emptyRequest, type PlanRequest } from '../domain/planner/request';
import { stepHours } from '../domain/hours';
import { loadKind } from '../io/load';
import { loadNetwork, reasonOf, unreadable, type FileReport, type ReadBytes } from '../io/network-source';
import { highsSolver } from '../io/solver/highs';
import { describeNoPlan, planStatus } from '../i18n/describe-plan';
import { entryEvidence } from '../i18n/entry-evidence';
import { TRAJECTORY_STRINGS as DOCUMENT_STRINGS } from '../i18n/documents';
import type { Lang } from '../i18n/lang';
import { cliMessages } from './messages';
import { summarize, toJson, toText } from './output';

/** The flags of `plan` (defined in main.ts, which parses them); lists may be repeated and comma-separated. */
export interface PlanFlags {
  network?: string;
  program?: string;
  target?: string[];
  prior?: string[];
  exclude?: string[];
  elective?: string[];
  'max-hours'?: string;
  'time-limit'?: string;
  'as-of'?: string;
  json: boolean;
}

/** What `plan` needs from the CLI around it. */
export interface PlanContext {
  lang: Lang;
  today: string;
  colour: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  read: ReadBytes;
  /** Prints the message and the usage; returns exit code 2. */
  usage: (message: string) => number;
  /** The usage error for the first local file named that cannot be read. */
  unreadableFile: (paths: readonly string[]) => Promise<string | undefined>;
}

const DEFAULT_TIME_LIMIT_SECONDS = 10;

const ids = (lists: readonly string[] | undefined) => [
  ...new Set((lists ?? []).flatMap((l) => l.split(',')).flatMap((s) => s.trim() || [])),
];

const positive = (value: string | undefined) => {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** Reads the network and the programme; files with errors come back as reports to print. */
async function loadInputs(network: string, path: string | undefined, read: ReadBytes) {
  const net = await loadNetwork(network, read);
  const reports = net.files.filter((r) => r.diagnostics.length > 0);
  let program: Program | undefined;
  if (path) {
    const report: FileReport = await read(path).then(
      (bytes) => {
        const loaded = loadKind(bytes, 'program');
        if (loaded.ok) program = loaded.value;
        return { path, kind: loaded.kind ?? 'program', diagnostics: loaded.diagnostics };
      },
      (e: unknown) => unreadable(path, reasonOf(e)),
    );
    if (report.diagnostics.length) reports.push(report);
  }
  return { index: net.index, program, reports };
}

/** A step as a line: title, id@version, partner, hours and why it is there. */
function stepLines(trajectory: Trajectory, index: NetworkIndex, lang: Lang): string[] {
  const m = cliMessages[lang].plan;
  return trajectory.steps.map((s, i) => {
    const module = resolveModule(index, s.module, s.version);
    const partner = module && index.partners.get(module.partnerId);
    const title = module
      ? `${localize(module.title, lang)} (${s.module}@${s.version})`
      : `${s.module}@${s.version}`;
    const by = partner ? localize(partner.name, lang) : (module?.partnerId ?? '?');
    const why = describeReasons(s.reasons, index, lang, DOCUMENT_STRINGS[lang]);
    return m.step(i + 1, title, by, stepHours(index, s), why);
  });
}

function printPlan(result: PlanFound, index: NetworkIndex, ctx: PlanContext, json: boolean) {
  const status = planStatus(result, ctx.lang);
  const { trajectory } = result;
  if (json) {
    const out = result.exceedsLimit ? { error: 'over-max-hours', reasons: [status], trajectory } : trajectory;
    ctx.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const doc = DOCUMENT_STRINGS[ctx.lang];
  const steps = stepLines(trajectory, index, ctx.lang);
  const total = `${doc.total}: ${doc.hours(trajectory.totalHours)}`;
  ctx.stdout(`${[status, '', ...steps, ...(steps.length ? [''] : []), total].join('\n')}\n`);
}

function printNoPlan(noPlan: NoPlan, index: NetworkIndex, ctx: PlanContext, asOf: string, json: boolean) {
  const reasons = describeNoPlan(noPlan, index, ctx.lang, asOf);
  ctx.stdout(
    json
      ? `${JSON.stringify({ error: 'no-plan', reasons, noPlan }, null, 2)}\n`
      : `${[cliMessages[ctx.lang].plan.noPlan, ...reasons.map((r) => `  ${r}`)].join('\n')}\n`,
  );
}

/** A chosen module is taken in the version valid on the start date, else its newest. */
const electiveRef = (index: NetworkIndex, id: string, asOf: string): ModuleRef => ({
  module: id,
  version: (takeableVersion(index, id, asOf) ?? latestModule(index, id))?.version ?? '0.0.0',
});

/**
 * `plan`: the least-hours trajectory to the targets (or through the programme) from the network's modules.
 * Exit 0 with a plan, 1 when none exists or it needs more than --max-hours (or an input file has errors),
 * 2 for a usage error. HiGHS is loaded here, on demand, so other commands start without it.
 */
export async function runPlan(flags: PlanFlags, ctx: PlanContext): Promise<number> {
  const m = cliMessages[ctx.lang];
  const targets = ids(flags.target);
  const { network } = flags;
  if (!network) return ctx.usage(m.plan.networkRequired);
  if (flags.target !== undefined && targets.length === 0) return ctx.usage(m.args.needsValue('--target'));
  if ((flags.program === undefined) === (targets.length === 0)) return ctx.usage(m.plan.programOrTarget);
  const asOf = flags['as-of'] ?? ctx.today;
  if (!isCalendarDate(asOf)) return ctx.usage(m.badDate(asOf));
  const maxHours = positive(flags['max-hours']);
  if (flags['max-hours'] !== undefined && maxHours === undefined)
    return ctx.usage(m.plan.badNumber('max-hours', flags['max-hours']));
  const timeLimit = positive(flags['time-limit'] ?? String(DEFAULT_TIME_LIMIT_SECONDS));
  if (timeLimit === undefined) return ctx.usage(m.plan.badNumber('time-limit', flags['time-limit']!));
  const missing = await ctx.unreadableFile([network, ...(flags.program ? [flags.program] : [])]);
  if (missing) return ctx.usage(missing);

  const { index, program, reports } = await loadInputs(network, flags.program, ctx.read);
  if (summarize(reports).errors > 0 || (flags.program && !program)) {
    ctx.stdout(
      flags.json
        ? `${JSON.stringify({ error: 'invalid-input', ...toJson(reports, ctx.lang, index) }, null, 2)}\n`
        : toText(reports, ctx.lang, ctx.colour, index),
    );
    return 1;
  }
  // A typo in prior learning, an exclusion or a choice would silently plan for something else than was asked.
  const unknown = (flag: 'prior' | 'exclude' | 'elective', known: ReadonlyMap<string, unknown>) =>
    ids(flags[flag]).filter((id) => !known.has(id));
  for (const [flag, known] of [
    ['prior', index.competencies],
    ['exclude', index.moduleVersions],
    ['elective', index.moduleVersions],
  ] as const) {
    const missed = unknown(flag, known);
    if (missed.length) return ctx.usage(m.plan.unknownIds(flag, missed.join(', ')));
  }
  // A choice the planner could never honour is a mistake in the request, not a finding about the network.
  const excluded = new Set(ids(flags.exclude));
  const both = ids(flags.elective).filter((id) => excluded.has(id));
  if (both.length) return ctx.usage(m.plan.electiveExcluded(both.join(', '), both.length));
  if (program) {
    const outside = ids(flags.elective).filter((id) => findModulePointer(program, id) === undefined);
    if (outside.length)
      return ctx.usage(m.plan.electiveNotInProgramme(outside.join(', '), outside.length, program.id));
  }
  const request: PlanRequest = {
    ...emptyRequest(asOf),
    targets,
    program,
    ...(program ? { entryEvidence: entryEvidence(program, ctx.lang) } : {}),
    prior: ids(flags.prior).map((competency) => ({ competency, evidence: m.plan.statedOnCommandLine })),
    excluded: ids(flags.exclude),
    electives: ids(flags.elective).map((id) => electiveRef(index, id, asOf)),
    maxHours,
  };
  const prepared = preparePlan(index, request);
  if (prepared.kind === 'unreachable') {
    printNoPlan(prepared, index, ctx, asOf, flags.json);
    return 1;
  }
  let solver;
  try {
    const { default: loadHighs } = await import('highs');
    solver = highsSolver(await loadHighs());
  } catch (e) {
    ctx.stderr(`${m.plan.solverUnavailable(reasonOf(e))}\n`);
    return 1;
  }
  const result = planOptimal(prepared, solver, { timeLimitSeconds: timeLimit });
  printPlan(result, index, ctx, flags.json);
  return result.exceedsLimit ? 1 : 0;
}
